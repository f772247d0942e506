package org.upright;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.upright.account.Account;
import org.upright.account.Role;
import org.upright.classify.Family;
import org.upright.classify.JdbcLabelService;
import org.upright.classify.KeywordClassifier;
import org.upright.classify.LabelService;
import org.upright.classify.LabelState;
import org.upright.classify.LabelledEntry;
import org.upright.cli.CommandLineInterface;
import org.upright.ingest.Extractor;
import org.upright.reference.ReferenceData;
import org.upright.storage.Backend;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;
import org.upright.storage.OnBothDatabases;

/**
 * {@code upright labels queue} and {@code upright labels export-corrections} as a user runs them, over the services
 * App wires, with a label store on the same database (until the classifier is wired in App, the test gives it).
 */
class AppLabelsTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static final Account EDITOR = new Account(2, "Daniyar Editor", Role.EDITOR, Set.of());
    private static final LabelledEntry TORTURE = new LabelledEntry("r:A_HRC_22_12:95.12", "KAZ", "recommendation",
            "A/HRC/22/12", "Ratify the Optional Protocol to the Convention against Torture (Brazil);");
    private static final LabelledEntry WOMEN = new LabelledEntry("s:A_HRC_WG.6_7_KAZ_2:14", "KAZ", "concern",
            "A/HRC/WG.6/7/KAZ/2", "The Committee was concerned about violence against women and girls.");
    private static final LabelledEntry ROMA = new LabelledEntry("r:A_HRC_43_15:116.3", "SVN", "recommendation",
            "A/HRC/43/15", "Strengthen the right to education of Roma children (Norway);");

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(LabelService labels, String... args) {
        Extractor extractor = new Extractor(REFERENCE);
        CommandLineInterface cli = new CommandLineInterface(() -> extractor,
                location -> new WithLabels(App.backend(location, REFERENCE, extractor), labels));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private String[] args(Backend backend, DatabaseConfig config, String... command) {
        List<String> where = backend == Backend.H2 ? List.of("--data", config.h2Directory().orElseThrow().toString())
                : List.of("--db", config.url(), "--data", dir.resolve("index-data").toString());
        return Stream.concat(Stream.of(command), where.stream()).toArray(String[]::new);
    }

    private static LabelService seeded(Database database) {
        LabelService labels = new JdbcLabelService(database, Clock.systemUTC(), KeywordClassifier::classify,
                KeywordClassifier::concept, key -> { });
        labels.suggest(List.of(TORTURE, WOMEN, ROMA));
        return labels;
    }

    @OnBothDatabases
    void queuePrintsHowManyWaitAndTheFirstOnesPerState(Backend backend, DatabaseConfig config, Database database) {
        LabelService labels = seeded(database);

        Run all = run(labels, args(backend, config, "labels", "queue"));
        Run kaz = run(labels, args(backend, config, "labels", "queue", "kaz", "--limit", "1"));
        labels.decide(EDITOR, ROMA.key(), Family.THEMES, "E51", LabelState.ACCEPTED);
        labels.decide(EDITOR, ROMA.key(), Family.AFFECTED_PERSONS, "children", LabelState.ACCEPTED);
        labels.decide(EDITOR, ROMA.key(), Family.SDGS, "SDG4", LabelState.REJECTED);
        Run after = run(labels, args(backend, config, "labels", "queue", "--limit", "0"));
        Run bad = run(labels, args(backend, config, "labels", "queue", "Kazakhstan"));

        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.out()).startsWith("3 entries wait for review\n")
                .contains(TORTURE.key(), WOMEN.key(), ROMA.key(), "theme D25 Prohibition of torture", "sdg SDG 5");
        assertThat(kaz.code()).as(kaz.err()).isZero();
        assertThat(kaz.out()).startsWith("2 entries wait for review (KAZ)\n");
        assertThat(Stream.of(TORTURE.key(), WOMEN.key()).filter(kaz.out()::contains)).hasSize(1);
        assertThat(kaz.out()).doesNotContain(ROMA.key());
        assertThat(after.out()).isEqualTo("2 entries wait for review\n");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("ISO 3166 alpha-3").doesNotContain("\tat ");
    }

    @OnBothDatabases
    void trainWithCorrectionsLearnsFromTheReviewersDecisionsInTheRecord(Backend backend, DatabaseConfig config,
                                                                         Database database) throws IOException {
        LabelService labels = seeded(database);
        labels.decide(EDITOR, WOMEN.key(), Family.THEMES, "D25", LabelState.ADDED);
        labels.decide(EDITOR, WOMEN.key(), Family.AFFECTED_PERSONS, "women", LabelState.ACCEPTED);
        Path corpus = dir.resolve("labelled.jsonl");
        Files.writeString(corpus, "{\"doc\": \"a\", \"text\": \"Ratify OP-CAT\", \"themes\": [\"A12 Acceptance "
                + "of international norms\"], \"affected_persons\": [\"general\"]}\n"
                + "{\"doc\": \"a\", \"text\": \"Combat violence against women\", \"themes\": [\"F13 Violence "
                + "against women\"], \"affected_persons\": [\"women\"]}\n"
                + "{\"doc\": \"b\", \"text\": \"Send girls to school\", \"themes\": [\"Right to education\"], "
                + "\"affected_persons\": [\"girls\"]}\n"
                + "{\"doc\": \"b\", \"text\": \"Accede to the Rome Statute\", \"themes\": [\"Acceptance of "
                + "international norms\"], \"affected_persons\": [\"general\"]}\n");
        Path model = dir.resolve("classifier.bin");

        Run without = run(labels, "train", "--from", corpus.toString(), "-o", model.toString());
        Run with = run(labels, args(backend, config, "train", "--from", corpus.toString(), "--with-corrections",
                "-o", model.toString()));

        assertThat(without.code()).as(without.err()).isZero();
        assertThat(without.out()).startsWith("trained on 4 statements;");
        assertThat(with.code()).as(with.err()).isZero();
        assertThat(with.out()).startsWith("trained on 5 statements (1 reviewed in the record);");
        assertThat(model).isNotEmptyFile();
    }

    @OnBothDatabases
    void exportCorrectionsWritesTheReviewedEntriesAsCorpusJsonl(Backend backend, DatabaseConfig config,
                                                                Database database) throws IOException {
        LabelService labels = seeded(database);
        labels.decide(EDITOR, TORTURE.key(), Family.THEMES, "D25", LabelState.ACCEPTED);
        labels.decide(EDITOR, TORTURE.key(), Family.THEMES, "A12", LabelState.REJECTED);
        labels.decide(EDITOR, TORTURE.key(), Family.AFFECTED_PERSONS, "women", LabelState.ADDED);
        Path file = dir.resolve("corrections.jsonl");

        Run run = run(labels, args(backend, config, "labels", "export-corrections", "-o", file.toString()));

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("1 reviewed entry written to " + file + "\n");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        assertThat(line.path("doc").asText()).isEqualTo(TORTURE.symbol());
        assertThat(line.path("text").asText()).isEqualTo(TORTURE.text());
        assertThat(strings(line.get("themes"))).containsExactly("D25");
        assertThat(strings(line.get("affected_persons"))).containsExactly("women");
        assertThat(line.get("sdgs").isNull()).as("SDGs were not reviewed").isTrue();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** App's backend with a label store beside it: what App builds itself once the classifier is wired. */
    private record WithLabels(org.upright.cli.Backend wired, LabelService labels) implements org.upright.cli.Backend {
        @Override
        public org.upright.ingest.IngestService ingest() {
            return wired.ingest();
        }

        @Override
        public org.upright.obligation.RatificationImport ratifications() {
            return wired.ratifications();
        }

        @Override
        public org.upright.obligation.ObligationService obligations() {
            return wired.obligations();
        }

        @Override
        public org.upright.report.ChartReports charts() {
            return wired.charts();
        }

        @Override
        public org.upright.report.NextCycleDrafts drafts() {
            return wired.drafts();
        }

        @Override
        public org.upright.search.SearchIndex search() {
            return wired.search();
        }

        @Override
        public org.upright.ingest.SearchSync searchSync() {
            return wired.searchSync();
        }

        @Override
        public org.upright.report.ExportService exports() {
            return wired.exports();
        }

        @Override
        public org.upright.account.AccountService accounts() {
            return wired.accounts();
        }

        @Override
        public org.upright.report.CompilationReports compilations() {
            return wired.compilations();
        }

        @Override
        public int documentCount() {
            return wired.documentCount();
        }

        @Override
        public Server serve(String host, int port, boolean publicView) {
            return wired.serve(host, port, publicView);
        }

        @Override
        public void close() {
            wired.close();
        }
    }
}
