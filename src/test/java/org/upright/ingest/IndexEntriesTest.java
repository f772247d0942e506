package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.store.StoredDocument;
import org.upright.reference.ReferenceData;
import org.upright.search.IndexEntry;

/** What a stored document gives the search index: each text once, with the facets users filter on. */
class IndexEntriesTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();
    private final IndexEntries entries = new IndexEntries(REFERENCE);

    private static StoredDocument stored(long id, String symbol, String kind) {
        return new StoredDocument(id, symbol, kind, "KAZ", 1, "00", "f.txt", 1, true, Instant.EPOCH);
    }

    @Test
    void everyStatementOfACompilationIsAnEntryWithItsParagraphAndMechanismFamilies() {
        ExtractedDocument doc = new Extractor(REFERENCE).extract(Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt")).document();

        List<IndexEntry> found = entries.of(stored(7, "A/HRC/WG.6/7/KAZ/2", "upr-compilation"), doc);

        assertThat(found).filteredOn(e -> e.type().equals("statement")).hasSize(153);
        assertThat(found).extracting(IndexEntry::id).doesNotHaveDuplicates().allMatch(id -> id.contains(":7:"));
        assertThat(found).filteredOn(e -> e.speakers().contains("CAT")).isNotEmpty()
                .allMatch(e -> e.mechanismTypes().contains("treaty-body"));
        assertThat(found).filteredOn(e -> e.speakers().contains("UNICEF")).isNotEmpty()
                .allMatch(e -> e.mechanismTypes().contains("un-agency"));
        assertThat(found).allMatch(e -> e.country().equals("KAZ") && e.documentId() == 7
                && e.symbol().equals("A/HRC/WG.6/7/KAZ/2") && e.paragraph() != null);
        assertThat(found).filteredOn(e -> e.type().equals("statement"))
                .allMatch(e -> e.context() != null && e.context().contains(e.text().substring(0, 10)));
    }

    @Test
    void recommendationsOfAReviewCarryTheirStatesPositionAndTheSessionYear() {
        ExtractedDocument doc = new Extractor(REFERENCE).extract(Path.of("samples/A_HRC_14_10.pdf")).document();

        List<IndexEntry> found = entries.of(stored(3, "A/HRC/14/10", "upr-working-group-report"), doc);

        List<IndexEntry> recommendations = found.stream().filter(e -> e.type().equals("recommendation")).toList();
        assertThat(recommendations).hasSize(128).allMatch(e -> e.year() == 2010 && e.mechanismTypes().equals(
                List.of("upr")) && !e.speakers().isEmpty() && e.number() != null);
        assertThat(recommendations).extracting(IndexEntry::position).contains("supported");
        assertThat(found).filteredOn(e -> e.type().equals("paragraph")).isNotEmpty()
                .allMatch(e -> e.id().startsWith("p:3:"));
    }
}
