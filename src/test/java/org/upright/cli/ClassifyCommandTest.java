package org.upright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upright classify} and {@code upright eval classify} as a user runs them, on small JSONL files. */
class ClassifyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLineInterface(() -> {
            throw new AssertionError("classify needs no extractor");
        }, location -> {
            throw new AssertionError("classify needs no database");
        }).run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path file(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }

    @Test
    void classifyAddsThemesPersonsAndSdgsToEachLineKeepingItsFields() throws IOException {
        Path in = file("in.jsonl", "{\"id\": 7, \"text\": \"Ratify OP-CAT (Brazil);\"}",
                "{\"text\": \"Guarantee the rights of persons with disabilities\"}");
        Run run = run("classify", in.toString());
        assertThat(run.code).isZero();
        assertThat(run.err).isEmpty();
        List<String> lines = run.out.lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("id").asInt()).isEqualTo(7);
        assertThat(first.get("themes").get(0).get("id").asText()).isEqualTo("A12");
        assertThat(first.get("themes").get(0).get("label").asText()).isEqualTo("Acceptance of international norms");
        assertThat(first.get("themes").get(0).get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(first.has("affectedPersons")).isTrue();
        assertThat(first.has("sdgs")).isTrue();
        assertThat(JSON.readTree(lines.get(1)).get("affectedPersons").toString()).contains("persons-with-disabilities");
    }

    @Test
    void classifyWritesTheOutputFileWhenAsked() throws IOException {
        Path in = file("in.jsonl", "{\"text\": \"Abolish the death penalty\"}");
        Path out = dir.resolve("out.jsonl");
        Run run = run("classify", in.toString(), "-o", out.toString());
        assertThat(run.code).isZero();
        assertThat(run.out).isEmpty();
        assertThat(Files.readString(out)).contains("\"D23\"");
    }

    @Test
    void aLineWithoutTextFailsTheFileNamingTheLineAndWritesNothing() throws IOException {
        Path in = file("in.jsonl", "{\"text\": \"Abolish the death penalty\"}", "{\"txt\": \"typo\"}");
        Path out = dir.resolve("out.jsonl");
        Run run = run("classify", in.toString(), "-o", out.toString());
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).isEqualTo("upright: " + in + ": line 2: no 'text'" + System.lineSeparator());
        assertThat(out).doesNotExist();
        assertThat(run.out).isEmpty();
    }

    @Test
    void brokenJsonFailsNamingTheLine() throws IOException {
        Path in = file("in.jsonl", "{\"text\": \"Abolish the death penalty\"}", "{\"text\": ");
        Run run = run("classify", in.toString());
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).startsWith("upright: " + in + ": line 2: broken JSON").doesNotContain("Exception");
        assertThat(run.out).isEmpty();
    }

    @Test
    void anEmptyFileIsAClearError() throws IOException {
        Path in = file("in.jsonl");
        Run run = run("classify", in.toString());
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).contains("no statements");
    }

    @Test
    void evalPrintsEachFamilyAndEndsWithTheOneLineSummary() throws IOException {
        Path in = file("labelled.jsonl",
                "{\"doc\": \"a\", \"text\": \"Ratify OP-CAT (Brazil);\", \"themes\": [\"A12 Acceptance of international "
                        + "norms\"], \"affected_persons\": [\"general\"], \"sdgs\": []}",
                "{\"doc\": \"b\", \"text\": \"Ensure girls go to school\", \"themes\": [\"Right to education\"], "
                        + "\"affected_persons\": [\"girls\"], \"sdgs\": [\"4 - QUALITY EDUCATION\"]}");
        Run run = run("eval", "classify", in.toString());
        assertThat(run.code).isZero();
        List<String> lines = run.out.lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("themes ") && l.contains("macro"));
        assertThat(lines.getLast())
                .matches("themes microF1=\\d\\.\\d\\d affectedPersons microF1=\\d\\.\\d\\d sdgs microF1=\\d\\.\\d\\d");
    }

    @Test
    void crossValidationScoresEachDocumentAndCanLearnFromSomeOfTheHeldOutOnes() throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        for (String doc : List.of("a", "b")) {
            lines.add("{\"doc\": \"" + doc + "\", \"text\": \"Ratify OP-CAT (Brazil);\", \"themes\": [\"A12 "
                    + "Acceptance of international norms\"], \"affected_persons\": [\"general\"]}");
            lines.add("{\"doc\": \"" + doc + "\", \"text\": \"Abolish the death penalty (Chile);\", \"themes\": "
                    + "[\"D23 Death penalty\"], \"affected_persons\": [\"general\"]}");
            lines.add("{\"doc\": \"" + doc + "\", \"text\": \"Ensure girls go to school (Peru);\", \"themes\": "
                    + "[\"Right to education\"], \"affected_persons\": [\"girls\"]}");
        }
        Path in = file("labelled.jsonl", lines.toArray(String[]::new));
        Run run = run("eval", "classify", in.toString(), "--cross-validate", "--adapt", "1");
        assertThat(run.code).as(run.err).isZero();
        assertThat(run.out).contains("2 folds: a, b; 1 statements of each held-out document in its training");
        assertThat(run.err).contains("Cross-validating 1/");
        assertThat(run.out.lines()).anyMatch(l -> l.matches("  a themes=\\d\\.\\d{3} affectedPersons=\\d\\.\\d{3}"))
                .anyMatch(l -> l.startsWith("  b themes="));
        assertThat(run.out.lines().toList().getLast()).startsWith("themes microF1=");
    }

    @Test
    void adaptingWithoutCrossValidationIsAUsageError() throws IOException {
        Path in = file("labelled.jsonl", "{\"text\": \"Ratify OP-CAT\", \"themes\": [\"A12\"]}");
        Run run = run("eval", "classify", in.toString(), "--adapt", "5");
        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("--adapt goes with --cross-validate");
    }

    @Test
    void evalRefusesALabelNoVocabularyKnowsNamingTheLine() throws IOException {
        Path in = file("labelled.jsonl", "{\"text\": \"Ratify OP-CAT\", \"themes\": [\"Z99 Unknown\"]}");
        Run run = run("eval", "classify", in.toString());
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).contains("line 1").contains("unknown theme label 'Z99 Unknown'");
    }

    @Test
    void trainWritesAModelThatClassifyAndEvalCanUse() throws IOException {
        Path labelled = file("labelled.jsonl",
                "{\"doc\": \"a\", \"text\": \"Ratify OP-CAT\", \"themes\": [\"A12 Acceptance of international "
                        + "norms\"], \"affected_persons\": [\"general\"]}",
                "{\"doc\": \"a\", \"text\": \"Combat violence against women\", \"themes\": [\"F13 Violence "
                        + "against women\"], \"affected_persons\": [\"women\"]}",
                "{\"doc\": \"b\", \"text\": \"Send girls to school\", \"themes\": [\"Right to education\"], "
                        + "\"affected_persons\": [\"girls\"], \"sdgs\": [\"4 - QUALITY EDUCATION\"]}",
                "{\"doc\": \"b\", \"text\": \"Accede to the Rome Statute\", \"themes\": [\"Acceptance of "
                        + "international norms\"], \"affected_persons\": [\"general\"], \"sdgs\": [\"16 - PEACE, "
                        + "JUSTICE AND STRONG INSTITUTIONS\"]}");
        Path model = dir.resolve("model.bin");
        Run train = run("train", "--from", labelled.toString(), "-o", model.toString());
        assertThat(train.code).as(train.err).isZero();
        assertThat(train.out).startsWith("trained on 4 statements").contains(model.toString());
        assertThat(train.err).as("progress, one line per model fit off a terminal").contains("Training 1/")
                .doesNotContain("Exception");
        Run classify = run("classify", file("in.jsonl", "{\"text\": \"Ratify the Rome Statute\"}").toString(),
                "--model", model.toString());
        assertThat(classify.code).isZero();
        assertThat(JSON.readTree(classify.out).get("themes").get(0).get("id").asText()).isEqualTo("A12");
        Run eval = run("eval", "classify", labelled.toString(), "--model", model.toString());
        assertThat(eval.code).isZero();
        assertThat(eval.out.lines().toList().getLast()).startsWith("themes microF1=");
    }

    @Test
    void aMissingFileIsOneLineNotAStackTrace() {
        Run run = run("classify", dir.resolve("nope.jsonl").toString());
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err.lines()).hasSize(1);
        assertThat(run.err).contains("nope.jsonl").doesNotContain("at org.");
    }
}
