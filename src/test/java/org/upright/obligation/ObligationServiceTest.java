package org.upright.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.common.PartialDate;
import org.upright.common.UsageException;
import org.upright.ingest.Extractor;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.ingest.store.SourceFile;
import org.upright.reference.Country;
import org.upright.reference.ReferenceData;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;
import org.upright.storage.OnBothDatabases;

/**
 * A State's obligations computed from what is stored: the Kazakhstan compilation of 2009 (its own reporting and
 * special-procedures tables are the expected values) and the ratification dataset, on H2 and PostgreSQL.
 */
class ObligationServiceTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static final Path COMPILATION = Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt");
    private static final Path DATASET = Path.of("src/test/resources/ratification");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static ObligationService service(Database database, boolean withCompilation, boolean withDataset)
            throws IOException {
        ReferenceTables.sync(database, REFERENCE);
        DocumentStore store = new DocumentStore(database);
        if (withCompilation) {
            store.store(new SourceFile(COMPILATION.getFileName().toString(), Files.readAllBytes(COMPILATION)),
                    new Extractor(REFERENCE).extract(COMPILATION).document());
        }
        RatificationImport datasets = new RatificationImport(database, REFERENCE);
        if (withDataset) {
            datasets.importDirectory(DATASET, "test dataset");
        }
        return new ObligationService(store, datasets, REFERENCE, CLOCK);
    }

    private static Country kazakhstan(ObligationService service) {
        return service.country("KAZ");
    }

    @OnBothDatabases
    void theCompilationsReportingColumnIsReproducedAsOfItsDate(Database database) throws IOException {
        ObligationService service = service(database, true, true);

        CountryObligations status = service.status(kazakhstan(service), LocalDate.of(2009, 10, 31));

        assertThat(status.reporting()).filteredOn(r -> !r.computed())
                .extracting(BodyReporting::body, r -> r.status().label(), r -> r.statusDate().toString())
                .containsExactlyInAnyOrder(
                        tuple("CERD", "overdue", "2007-09"),
                        tuple("CESCR", "received", "2007-11"),
                        tuple("HR Committee", "received", "2009-07"),
                        tuple("CEDAW", "due", "2011"),
                        tuple("CAT", "due", "2012-11"),
                        tuple("CRC", "due", "2011-12"),
                        tuple("OP-CRC-AC", "included-in-next", "2011-12"),
                        tuple("OP-CRC-SC", "included-in-next", "2011-12"));
        assertThat(status.reporting().get(0).body()).as("overdue first").isEqualTo("CERD");
        assertThat(status.reporting()).filteredOn(r -> r.body().equals("CAT")).singleElement()
                .satisfies(cat -> {
                    assertThat(cat.nextReportDue()).hasToString("2012-11");
                    assertThat(cat.latestObservations()).hasToString("2008-11");
                    assertThat(cat.source().name()).isEqualTo("A/HRC/WG.6/7/KAZ/2");
                });
        assertThat(status.compliance().overdue()).isEqualTo(1);
    }

    @OnBothDatabases
    void specialProcedureFiguresAreThoseOfTheCompilation(Database database) throws IOException {
        ObligationService service = service(database, true, false);

        SpecialProcedureStatus sp = service.status(kazakhstan(service), LocalDate.of(2009, 10, 31))
                .specialProcedures();

        assertThat(sp.standingInvitation()).isTrue();
        assertThat(sp.communications().sent()).isEqualTo(15);
        assertThat(sp.communications().replied()).isEqualTo(9);
        assertThat(sp.replyRatePercent()).isEqualTo(60);
        assertThat(sp.visits()).hasSize(3);
        assertThat(sp.questionnaires().sent()).isEqualTo(16);
        assertThat(sp.questionnaires().answeredInTime()).isEqualTo(3);
    }

    @OnBothDatabases
    void visitsAfterTheDayAskedAreNotYetDone(Database database) throws IOException {
        ObligationService service = service(database, true, false);

        SpecialProcedureStatus sp = service.status(kazakhstan(service), LocalDate.of(2009, 6, 1))
                .specialProcedures();

        assertThat(sp.visits()).extracting(v -> v.start()).containsExactly("2004-06-11", "2009-05-05");
    }

    @Test
    void catsFollowUpWasDueWithinAYearAndNotReceived() throws IOException {
        try (Database database = Database.open(DatabaseConfig.forDataDir(dir))) {
            ObligationService service = service(database, true, false);

            List<FollowUpStatus> followUp = service.status(kazakhstan(service), LocalDate.of(2009, 10, 31))
                    .followUp();

            assertThat(followUp).singleElement().satisfies(cat -> {
                assertThat(cat.body()).isEqualTo("CAT");
                assertThat(cat.paragraphs()).containsExactly(7, 9, 18, 29);
                assertThat(cat.dueDate()).hasToString("2009-12");
                assertThat(cat.received()).isFalse();
                assertThat(cat.knownOn()).hasToString("2009-10");
            });
        }
    }

    @Test
    void aReportDueIsOverdueOnceItsMonthHasPassed() throws IOException {
        try (Database database = Database.open(DatabaseConfig.forDataDir(dir))) {
            ObligationService service = service(database, true, false);

            BodyReporting inMonth = cat(service, LocalDate.of(2012, 11, 30));
            BodyReporting after = cat(service, LocalDate.of(2012, 12, 1));

            assertThat(inMonth.status()).isEqualTo(ReportingStatus.DUE);
            assertThat(after.status()).isEqualTo(ReportingStatus.OVERDUE);
            assertThat(after.statusDate()).hasToString("2012-11");
        }
    }

    private static BodyReporting cat(ObligationService service, LocalDate day) {
        return service.status(kazakhstan(service), day).reporting().stream()
                .filter(r -> r.body().equals("CAT")).findFirst().orElseThrow();
    }

    @Test
    void aTreatyWithoutAReportingRowGetsItsInitialReportFromTheTreatysPeriods() throws IOException {
        try (Database database = Database.open(DatabaseConfig.forDataDir(dir))) {
            ObligationService service = service(database, true, false);

            BodyReporting ced = service.status(kazakhstan(service), LocalDate.of(2009, 10, 31)).reporting().stream()
                    .filter(r -> r.instrument().equals("CED")).findFirst().orElseThrow();

            // party on 27 Feb 2009, in force 30 days later, initial report within two years (art. 29(1))
            assertThat(ced.computed()).isTrue();
            assertThat(ced.nextReportDue()).isEqualTo(new PartialDate(2011, 3, 29));
            assertThat(ced.status()).isEqualTo(ReportingStatus.DUE);
        }
    }

    @Test
    void aTreatyIsNotInForceBeforeItsRatification() throws IOException {
        try (Database database = Database.open(DatabaseConfig.forDataDir(dir))) {
            ObligationService service = service(database, true, true);

            InstrumentStatus before = instrument(service, "CED", LocalDate.of(2008, 12, 31));
            InstrumentStatus after = instrument(service, "CED", LocalDate.of(2009, 3, 1));

            assertThat(before.participation()).isEqualTo(Participation.NOT_PARTY);
            assertThat(after.participation()).isEqualTo(Participation.PARTY);
            assertThat(after.date()).as("the compilation's day, agreeing with the dataset's year")
                    .isEqualTo(new PartialDate(2009, 2, 27));
            assertThat(after.sources()).extracting(Source::kind)
                    .containsExactlyInAnyOrder("upr-compilation", "ratification-dataset");
        }
    }

    @Test
    void aSignatureIsNotTakenBackBeforeTheSourceThatReportsIt() throws IOException {
        try (Database database = Database.open(DatabaseConfig.forDataDir(dir))) {
            ObligationService service = service(database, true, true);

            // the compilation (2010) lists OP-ICESCR as neither ratified nor signed; the dataset, later, as signed
            assertThat(instrument(service, "OP-ICESCR", LocalDate.of(2009, 10, 31)).participation())
                    .isEqualTo(Participation.NOT_PARTY);
            assertThat(instrument(service, "OP-ICESCR", LocalDate.of(2026, 1, 1)).participation())
                    .isEqualTo(Participation.SIGNED);
            assertThat(instrument(service, "CRPD", LocalDate.of(2009, 10, 31)).signed()).hasToString("2008");
        }
    }

    private static InstrumentStatus instrument(ObligationService service, String code, LocalDate day) {
        return service.status(kazakhstan(service), day).instruments().stream()
                .filter(i -> i.instrument().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void sourcesThatDisagreeOnARatificationDateAreAConflictAndTheLatestIsUsed() throws IOException {
        Path dataset = Files.createDirectories(dir.resolve("dataset"));
        try (Stream<Path> files = Files.list(DATASET)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                if (file.getFileName().toString().equals("hr_status_cat.csv")) {
                    text = text.replace("KZ,Kazakhstan,1,1998", "KZ,Kazakhstan,1,1999");
                }
                Files.writeString(dataset.resolve(file.getFileName()), text);
            }
        }
        try (Database database = Database.open(DatabaseConfig.forDataDir(dir.resolve("data")))) {
            ObligationService service = service(database, true, false);
            new RatificationImport(database, REFERENCE).importDirectory(dataset, "a later dataset");

            CountryObligations status = service.status(kazakhstan(service), LocalDate.of(2026, 1, 1));

            assertThat(status.conflicts()).filteredOn(c -> c.subject().equals("CAT: date of ratification"))
                    .singleElement().satisfies(c -> {
                        assertThat(c.values()).extracting(Conflict.SourcedValue::value)
                                .containsExactlyInAnyOrder("1998-08-26", "1999");
                        assertThat(c.used()).isEqualTo("1999");
                    });
        }
    }

    @Test
    void everyUnMemberStateHasARegistryAfterTheImport() throws IOException {
        try (Database database = Database.open(DatabaseConfig.forDataDir(dir))) {
            ObligationService service = service(database, false, true);
            RatificationImport datasets = new RatificationImport(database, REFERENCE);
            List<String> states = datasets.countries();
            // the 193 members; one file of the dataset lists Montserrat in Gabon's place
            assertThat(states).hasSize(194).contains("GAB", "SSD", "TLS", "COD");

            int complete = 0;
            for (String iso3 : states) {
                CountryObligations status = service.status(service.country(iso3), LocalDate.of(2026, 1, 1));
                assertThat(status.hasData()).as(iso3).isTrue();
                assertThat(status.instruments()).as(iso3).hasSize(18);
                if (datasets.rows(iso3).size() == 18) {
                    complete++;
                    assertThat(status.instruments()).as(iso3)
                            .noneMatch(i -> i.participation() == Participation.UNKNOWN);
                }
            }
            assertThat(complete).isEqualTo(192);
        }
    }

    @Test
    void aStateWithNothingStoredSaysSo() throws IOException {
        try (Database database = Database.open(DatabaseConfig.forDataDir(dir))) {
            ObligationService service = service(database, true, false);

            CountryObligations status = service.status(service.country("Bhutan"), LocalDate.of(2026, 1, 1));

            assertThat(status.hasData()).isFalse();
            assertThat(status.reporting()).isEmpty();
            assertThat(status.specialProcedures()).isNull();
        }
    }

    @Test
    void anUnknownCountryIsAUsageErrorSayingWhatIsAccepted() throws IOException {
        try (Database database = Database.open(DatabaseConfig.forDataDir(dir))) {
            ObligationService service = service(database, false, false);

            assertThatThrownBy(() -> service.country("XYZ")).isInstanceOf(UsageException.class)
                    .hasMessageContaining("unknown country \"XYZ\"").hasMessageContaining("ISO 3166");
            assertThat(service.country("kz").alpha3()).isEqualTo("KAZ");
            assertThat(service.country("Iran (Islamic Republic of)").alpha3()).isEqualTo("IRN");
        }
    }

    @Test
    void todayComesFromTheClockGiven() throws IOException {
        try (Database database = Database.open(DatabaseConfig.forDataDir(dir))) {
            assertThat(service(database, false, false).today()).isEqualTo(LocalDate.of(2026, 11, 25));
        }
    }

    @OnBothDatabases
    void concludingObservationsGiveTheNextReportAndTheFollowUpDeadline(Database database) throws IOException {
        ObligationService service = service(database, false, false);
        for (String fixture : List.of("CAT_C_PRY_CO_2.txt", "CCPR_C_MNG_CO_6.txt")) {
            Path file = Path.of("src/test/resources/treaty", fixture);
            new DocumentStore(database).store(new SourceFile(fixture, Files.readAllBytes(file)),
                    new Extractor(REFERENCE).extract(file).document());
        }

        CountryObligations paraguay = service.status(service.country("PRY"), LocalDate.of(2015, 1, 1));
        CountryObligations later = service.status(service.country("PRY"), LocalDate.of(2018, 1, 1));
        CountryObligations mongolia = service.status(service.country("MNG"), LocalDate.of(2026, 1, 1));

        assertThat(paraguay.reporting()).singleElement().satisfies(cat -> {
            assertThat(cat.body()).isEqualTo("CAT");
            assertThat(cat.status()).isEqualTo(ReportingStatus.DUE);
            assertThat(cat.nextReportDue()).hasToString("2017-11-22");
            assertThat(cat.source().name()).isEqualTo("CAT/C/PRY/CO/2");
        });
        assertThat(paraguay.followUp()).singleElement().satisfies(f -> {
            assertThat(f.paragraphs()).containsExactly(7, 8, 12);
            assertThat(f.dueDate()).hasToString("2014-11-22");
            assertThat(f.received()).isNull();
        });
        assertThat(later.reporting().get(0).status()).isEqualTo(ReportingStatus.OVERDUE);
        assertThat(mongolia.reporting()).singleElement().extracting(BodyReporting::body).isEqualTo("HR Committee");
        assertThat(service.deadlines(paraguay)).extracting(Deadline::kind)
                .containsExactly(Deadline.Kind.FOLLOW_UP, Deadline.Kind.REPORT);
    }

    @Test
    void recommendationsToRatifyAreFulfilledOnceTheRegistryHoldsALaterRatification() throws IOException {
        try (Database database = Database.open(DatabaseConfig.forDataDir(dir))) {
            ObligationService service = service(database, true, true);
            Path review = Path.of("samples/A_HRC_14_10.pdf");
            new DocumentStore(database).store(new SourceFile(review.getFileName().toString(),
                    Files.readAllBytes(review)), new Extractor(REFERENCE).extract(review).document());

            List<RatifyAsk> in2010 = service.status(kazakhstan(service), LocalDate.of(2010, 12, 31))
                    .ratifyRecommendations();
            List<RatifyAsk> now = service.status(kazakhstan(service), LocalDate.of(2026, 1, 1))
                    .ratifyRecommendations();

            assertThat(in2010).filteredOn(a -> a.instrument().equals("ICRMW") && a.document().contains("WG.6"))
                    .singleElement().extracting(RatifyAsk::by).asList()
                    .containsExactly("OHCHR-HC", "CERD", "CEDAW", "CAT");
            assertThat(in2010).filteredOn(a -> a.instrument().equals("CRPD") && a.year() != null)
                    .isNotEmpty().allMatch(a -> a.fulfilment().equals("open"));
            // Kazakhstan became party to CRPD in 2015, after the recommendations of its 2010 review
            assertThat(now).filteredOn(a -> a.instrument().equals("CRPD") && a.year() != null)
                    .isNotEmpty().allMatch(a -> a.fulfilment().equals("fulfilled") && a.partySince() != null);
            assertThat(now).filteredOn(a -> a.instrument().equals("ICRMW")).allMatch(a -> a.fulfilment().equals("open"));
            assertThat(now.get(0).fulfilment()).as("open asks first").isEqualTo("open");
        }
    }

    @Test
    void theNextUprReviewIsTheSessionACycleAfterTheLatestReviewHeldByTheDay() throws IOException {
        try (Database database = Database.open(DatabaseConfig.forDataDir(dir))) {
            ObligationService service = service(database, true, false);
            Path review = Path.of("samples/A_HRC_28_10.pdf"); // "held its twentieth session"
            new DocumentStore(database).store(new SourceFile(review.getFileName().toString(),
                    Files.readAllBytes(review)), new Extractor(REFERENCE).extract(review).document());

            Deadline in2009 = review(service, LocalDate.of(2009, 10, 31));
            Deadline in2016 = review(service, LocalDate.of(2016, 1, 1));

            assertThat(in2009.title()).contains("session 20");
            assertThat(in2009.date()).hasToString("2014");
            assertThat(in2016.title()).contains("session 34");
            assertThat(in2016.date()).hasToString("2019");
        }
    }

    private static Deadline review(ObligationService service, LocalDate day) {
        return service.deadlines(service.status(kazakhstan(service), day)).stream()
                .filter(d -> d.kind() == Deadline.Kind.UPR_REVIEW).findFirst().orElseThrow();
    }
}
