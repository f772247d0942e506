package org.upright.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.upright.ingest.Extractor;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.ingest.store.SourceFile;
import org.upright.reference.Country;
import org.upright.reference.ReferenceData;
import org.upright.storage.Database;
import org.upright.storage.OnBothDatabases;

/**
 * The States' statuses and figures at a glance are kept while their evidence is unchanged, and a document stored or a dataset
 * imported afterwards shows at once, whoever stored it (the cache reads the evidence's fingerprint from the database).
 */
class EvidenceCacheTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static final Extractor EXTRACTOR = new Extractor(REFERENCE);
    private static final Path KAZ = Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt");
    private static final Path SVN = Path.of("samples/A_HRC_WG.6_34_SVN_2.pdf");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    private static void store(DocumentStore store, Path file, String extra) throws IOException {
        byte[] bytes = (new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1) + extra)
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        store.store(new SourceFile(file.getFileName().toString(), bytes), EXTRACTOR.extract(file).document());
    }

    private static CountrySummary of(String iso3, List<CountrySummary> summaries) {
        return summaries.stream().filter(s -> s.country().alpha3().equals(iso3)).findFirst().orElseThrow();
    }

    @OnBothDatabases
    void summariesAreKeptUntilADocumentOrTheDatasetsChange(Database database) throws IOException {
        ReferenceTables.sync(database, REFERENCE);
        DocumentStore store = new DocumentStore(database);
        RatificationImport datasets = new RatificationImport(database, REFERENCE);
        ObligationService service = new ObligationService(store, datasets, REFERENCE,
                Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC));
        store(store, KAZ, "");

        List<CountrySummary> first = service.summaries(DAY);
        List<CountrySummary> again = service.summaries(DAY);

        assertThat(first).extracting(s -> s.country().alpha3()).containsExactly("KAZ");
        assertThat(again.get(0)).as("unchanged evidence: kept").isSameAs(first.get(0));
        assertThat(first.get(0)).isEqualTo(service.summary(service.country("KAZ"), DAY));

        store(store, SVN, "");
        List<CountrySummary> withSlovenia = service.summaries(DAY);
        assertThat(withSlovenia).extracting(s -> s.country().alpha3()).containsExactly("KAZ", "SVN");
        assertThat(withSlovenia.get(0)).as("Kazakhstan's evidence is unchanged").isSameAs(first.get(0));
        assertThat(withSlovenia.get(1).documents()).isEqualTo(1);

        datasets.importDirectory(Path.of("src/test/resources/ratification"), "test dataset");
        CountrySummary withDataset = of("KAZ", service.summaries(DAY));
        assertThat(withDataset).as("a new dataset: computed again").isNotSameAs(first.get(0))
                .isEqualTo(service.summary(service.country("KAZ"), DAY));

        Country kazakhstan = service.country("KAZ");
        CountryObligations status = service.status(kazakhstan, DAY);
        assertThat(service.status(kazakhstan, DAY)).as("a dashboard asked again").isSameAs(status);

        store(store, KAZ, "\n");
        CountryObligations recomputed = service.status(kazakhstan, DAY);
        assertThat(recomputed).as("a new version: computed again, citing it").isNotSameAs(status);
        assertThat(recomputed.documents()).isEqualTo(1);
        assertThat(recomputed.reporting().get(0).source().documentId())
                .isNotEqualTo(status.reporting().get(0).source().documentId());
        CountrySummary newVersion = of("KAZ", service.summaries(DAY));
        assertThat(newVersion).as("a new version of a document: computed again").isNotSameAs(withDataset);
        assertThat(of("KAZ", service.summaries(DAY))).isSameAs(newVersion);
        assertThat(of("KAZ", service.summaries(DAY.plusDays(1)))).as("another day").isNotSameAs(newVersion);
    }
}
