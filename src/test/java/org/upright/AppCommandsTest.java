package org.upright;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.ingest.store.DocumentStore;
import org.upright.storage.Backend;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;
import org.upright.storage.OnBothDatabases;

/** {@code upright ingest} and {@code upright import} as a user runs them, with every service wired as in main. */
class AppCommandsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = App.commandLine().run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** {@code --data DIR} for H2, {@code --db URL} for PostgreSQL: the same fresh database either way. */
    private List<String> where(Backend backend, DatabaseConfig config) {
        // with --db the data directory still holds the search index: a temporary one, never the working directory's
        return backend == Backend.H2 ? List.of("--data", config.h2Directory().orElseThrow().toString())
                : List.of("--db", config.url(), "--data", dir.resolve("index-data").toString());
    }

    private String[] args(String command, List<String> where, Path... inputs) {
        return Stream.concat(Stream.concat(Stream.of(command), where.stream()),
                Stream.of(inputs).map(Path::toString)).toArray(String[]::new);
    }

    private Path batch(String... samples) throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        for (String sample : samples) {
            Files.copy(Path.of("samples", sample), batch.resolve(sample));
        }
        return batch;
    }

    @OnBothDatabases
    void ingestStoresABatchAndASecondRunReportsEveryDocumentUnchanged(Backend backend, DatabaseConfig config)
            throws IOException {
        Path batch = batch("A_HRC_WG.6_7_KAZ_2.txt", "A_HRC_43_15.pdf", "A_HRC_43_15_Add.1.pdf");

        Run first = run(args("ingest", where(backend, config), batch));
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("A/HRC/WG.6/7/KAZ/2", "upr-compilation", "A/HRC/43/15/Add.1")
                .contains("3 file(s): 3 new, 0 unchanged, 0 new version(s), 0 failed");

        Run second = run(args("ingest", where(backend, config), batch));
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("3 file(s): 0 new, 3 unchanged, 0 new version(s), 0 failed");
        try (Database database = Database.open(config)) {
            assertThat(new DocumentStore(database).documents()).hasSize(3);
        }
    }

    @Test
    void aFileThatFailsIsListedWithItsReasonStoredNowhereAndTheExitCodeIsOne() throws IOException {
        Path batch = batch("A_HRC_WG.6_7_KAZ_2.txt");
        Files.writeString(batch.resolve("truncated.pdf"), "%PDF-1.7\n1 0 obj <<");
        Path data = dir.resolve("data");

        Run run = run("ingest", "--data", data.toString(), batch.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("1 new", "1 failed", "failures:");
        assertThat(run.err().lines().filter(l -> l.startsWith("upright: ") && l.contains("truncated.pdf")))
                .singleElement().asString().contains("damaged");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        try (Database database = Database.open(DatabaseConfig.forDataDir(data))) {
            assertThat(new DocumentStore(database).documents()).singleElement()
                    .satisfies(d -> assertThat(d.fileName()).isEqualTo("A_HRC_WG.6_7_KAZ_2.txt"));
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedIsOneLineAndNothingIsDone() throws IOException {
        Path batch = batch("A_HRC_WG.6_7_KAZ_2.txt");

        Run run = run("ingest", "--db", "jdbc:postgresql://127.0.0.1:1/upright?connectTimeout=2", batch.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).startsWith("upright: ").contains("cannot be reached").doesNotContain("\n");
    }

    @OnBothDatabases
    void importRatificationsGivesEveryUnMemberStateAFactPerCoreInstrument(Backend backend, DatabaseConfig config) {
        Run run = run(importArgs(backend, config));

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("3,474 ratification facts from 18 instrument files");
        assertThat(run.err()).isEmpty();
    }

    private String[] importArgs(Backend backend, DatabaseConfig config) {
        return Stream.concat(Stream.concat(Stream.of("import", "ratifications"), where(backend, config).stream()),
                Stream.of("src/test/resources/ratification")).toArray(String[]::new);
    }

    @Test
    void statusPrintsOverdueReportsFirstAndJsonInTheExchangeShapes() throws IOException {
        Path data = dir.resolve("data");
        run("ingest", "--data", data.toString(), batch("A_HRC_WG.6_7_KAZ_2.txt").toString());

        Run text = run("status", "KAZ", "--as-of", "2009-10-31", "--data", data.toString());
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("Kazakhstan (KAZ) as of 2009-10-31", "OVERDUE since 2007-09",
                "communications: 15 sent, 9 replied (60 per cent)", "paragraphs 7, 9, 18, 29");
        assertThat(text.out().indexOf("CERD")).isLessThan(text.out().indexOf("CESCR"));

        Run json = run("status", "kz", "--as-of", "2009-10-31", "--format", "json", "--data", data.toString());
        assertThat(json.code()).isZero();
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.out());
        assertThat(root.path("treatyBodyReporting").get(0).path("status").asText()).isEqualTo("overdue");
        assertThat(root.path("treatyBodyReporting").get(0).path("statusDate").asText()).isEqualTo("2007-09");
        assertThat(root.path("specialProcedures").path("communications").path("replied").asInt()).isEqualTo(9);
        assertThat(root.path("followUp").get(0).path("received").asBoolean(true)).isFalse();
        assertThat(root.has("ratifications") && root.has("notParty") && root.has("conflicts")).isTrue();
    }

    @Test
    void anUnknownCountryOrAMalformedDateIsExitTwoWithWhatIsAccepted() {
        Path data = dir.resolve("data");

        Run country = run("status", "Atlantis", "--data", data.toString());
        Run date = run("status", "KAZ", "--as-of", "31/10/2009", "--data", data.toString());
        Run format = run("status", "KAZ", "--format", "xml", "--data", data.toString());

        assertThat(country.code()).isEqualTo(2);
        assertThat(country.err().strip()).contains("unknown country \"Atlantis\"", "ISO 3166").doesNotContain("\n");
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.err()).contains("YYYY-MM-DD");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("text or json");
    }

    @Test
    void calendarWritesTheDeadlinesAsICalendar() throws IOException {
        Path data = dir.resolve("data");
        run("ingest", "--data", data.toString(), batch("A_HRC_WG.6_7_KAZ_2.txt").toString());
        Path ics = dir.resolve("kaz.ics");

        Run run = run("calendar", "KAZ", "--as-of", "2009-10-31", "-o", ics.toString(), "--data", data.toString());

        assertThat(run.code()).as(run.err()).isZero();
        String calendar = Files.readString(ics);
        assertThat(calendar).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:CAT: report due",
                "SUMMARY:CAT: follow-up information due (paragraphs 7\\, 9\\, 18\\, 29)", "DTSTART;VALUE=DATE:20121130");
        assertThat(run.out()).contains("upcoming deadline(s) for Kazakhstan written to", "1 passed already");
        assertThat(calendar).as("CERD's report, overdue since 2007, is not an upcoming event")
                .doesNotContain("SUMMARY:CERD");
    }

    @Test
    void searchAnswersWithHighlightsAndFacetsAndABadQueryIsExitTwo() throws IOException {
        Path data = dir.resolve("data");
        run("ingest", "--data", data.toString(), batch("A_HRC_WG.6_7_KAZ_2.txt", "A_HRC_43_15.pdf").toString());

        Run text = run("search", "torture AND detention", "--data", data.toString(), "--limit", "3");
        Run json = run("search", "ICRMW", "--body", "CERD,CEDAW", "--format", "json", "--data", data.toString());
        Run bad = run("search", "(torture OR", "--data", data.toString());

        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("match(es)", "[torture]", "speaker:", "year:");
        assertThat(json.code()).isZero();
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.out());
        assertThat(root.path("total").asInt()).isPositive();
        assertThat(root.path("hits").get(0).path("highlight").asText()).contains("<mark>");
        assertThat(root.path("hits").get(0).path("document").asText()).isEqualTo("A/HRC/WG.6/7/KAZ/2");
        assertThat(root.path("facets").path("speaker").path("CERD").asInt()).isEqualTo(1);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).startsWith("upright: bad query: ").doesNotContain("\n");
    }

    @Test
    void aDocumentStoredButNotIndexedBeforeACrashIsSearchableAtTheNextStart() throws IOException {
        Path data = dir.resolve("data");
        run("ingest", "--data", data.toString(), batch("A_HRC_43_15.pdf").toString());
        // as if the process died between the database commit and the index update: stored, never indexed
        Path compilation = Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt");
        try (Database database = Database.open(DatabaseConfig.forDataDir(data))) {
            new DocumentStore(database).store(new org.upright.ingest.store.SourceFile("A_HRC_WG.6_7_KAZ_2.txt",
                    Files.readAllBytes(compilation)), new org.upright.ingest.Extractor(
                    org.upright.reference.ReferenceData.load()).extract(compilation).document());
        }

        Run search = run("search", "\"migrant workers\"", "--country", "KAZ", "--data", data.toString());

        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).contains("A/HRC/WG.6/7/KAZ/2");
    }

    @Test
    void reindexRebuildsADamagedIndexFromTheDatabase() throws IOException {
        Path data = dir.resolve("data");
        run("ingest", "--data", data.toString(), batch("A_HRC_WG.6_7_KAZ_2.txt").toString());
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }

        Run broken = run("search", "torture", "--data", data.toString());
        Run reindex = run("reindex", "--data", data.toString());
        Run after = run("search", "torture", "--data", data.toString());

        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err().strip()).contains("reindex").doesNotContain("\n");
        assertThat(reindex.code()).as(reindex.err()).isZero();
        assertThat(reindex.out()).contains("1 document(s) indexed");
        assertThat(after.code()).isZero();
        assertThat(after.out()).contains("match(es)");
    }

    @Test
    void clustersAndMoreLikeThisAreVisibleFromTheTerminal() throws IOException {
        Path data = dir.resolve("data");
        run("ingest", "--data", data.toString(), batch("A_HRC_14_10.pdf", "A_HRC_28_10.pdf").toString());

        Run clusters = run("search", "ICRMW OR \"migrant workers\"", "--kind", "recommendation", "--clusters",
                "--data", data.toString());
        Run json = run("search", "ICRMW OR \"migrant workers\"", "--kind", "recommendation", "--clusters",
                "--format", "json", "--data", data.toString());
        String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).path("clusters").get(0)
                .path("members").get(0).path("id").asText();
        Run similar = run("search", "", "--similar", id, "--limit", "3", "--data", data.toString());

        assertThat(clusters.code()).as(clusters.err()).isZero();
        assertThat(clusters.out()).containsPattern("\\d+ cluster\\(s\\) of near-identical asks")
                .contains("A/HRC/14/10", "A/HRC/28/10");
        assertThat(similar.code()).as(similar.err()).isZero();
        assertThat(similar.out()).contains("entries like " + id).doesNotContain("[" + id + "]");
    }

    @Test
    void serveOnAPortInUseFailsWithOneLineAndExitOne() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            Run run = run("serve", "--data", dir.resolve("data").toString(), "--port",
                    String.valueOf(taken.getLocalPort()));

            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err().lines()).singleElement().asString()
                    .isEqualTo("upright: port " + taken.getLocalPort() + " is in use: stop what listens there or "
                            + "give another with --port");
            assertThat(run.out()).isEmpty();
        }
    }
}
