package org.upright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.ingest.Extractor;
import org.upright.reference.ReferenceData;

/** {@code upright extract FILE.html}: JSON for an HTML compilation, one-line errors for bad HTML. */
class ExtractHtmlCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMPILATION = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Compilation</title></head><body>
            <header><p>A/HRC/WG.6/7/KAZ/2</p><h1>Compilation prepared by the Office of the High Commissioner
            for Human Rights: Kazakhstan</h1></header>
            <h2>I. BACKGROUND AND FRAMEWORK</h2>
            <h3>A. Constitutional and legislative framework</h3>
            <p>1. In 2007, CEDAW requested that Kazakhstan enact the draft law speedily.<sup>1</sup></p>
            <p>2. CAT noted with concern the mandate of the Ombudsman.<sup>2</sup></p>
            </body></html>
            """;
    private static Extractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        extractor = new Extractor(ReferenceData.load());
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLineInterface(() -> extractor, location -> {
            throw new AssertionError("extract needs no database");
        }).run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void anHtmlCompilationPrintsItsJson() throws IOException {
        Path html = dir.resolve("A_HRC_WG.6_7_KAZ_2.html");
        Files.writeString(html, COMPILATION, StandardCharsets.UTF_8);
        Run run = run("extract", html.toString());
        assertThat(run.code).isZero();
        assertThat(run.err).isEmpty();
        JsonNode doc = JSON.readTree(run.out);
        assertThat(doc.at("/document/symbol").asText()).isEqualTo("A/HRC/WG.6/7/KAZ/2");
        assertThat(doc.at("/document/kind").asText()).isEqualTo("upr-compilation");
        assertThat(doc.get("paragraphs")).hasSize(2);
        assertThat(doc.get("footnoteOrder")).hasToString("[1,2]");
    }

    @Test
    void emptyTextlessUnknownAndHugeHtmlFilesGetOneLineErrorsNamingThem() throws IOException {
        Path empty = Files.write(dir.resolve("empty.html"), new byte[0]);
        Path textless = Files.writeString(dir.resolve("blank.html"), "<html><body><script>x()</script></body></html>");
        Path unknown = Files.writeString(dir.resolve("recipe.html"),
                "<!doctype html><html><body><h1>Pancakes</h1><p>1. Mix flour and milk.</p></body></html>");
        Path huge = dir.resolve("huge.html");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.write("<!DOCTYPE html><html>".getBytes(StandardCharsets.US_ASCII));
            file.setLength(65L * 1024 * 1024);
        }
        Run run = run("extract", empty.toString(), textless.toString(), unknown.toString(), huge.toString());
        assertThat(run.code).isNotZero();
        String[] errors = run.err.strip().split("\n");
        assertThat(errors).hasSize(4);
        assertThat(errors[0]).contains("empty.html").contains("empty file");
        assertThat(errors[1]).contains("blank.html").contains("without text");
        assertThat(errors[2]).contains("recipe.html").contains("not a UN document");
        assertThat(errors[3]).contains("huge.html").contains("too large");
        assertThat(run.err).doesNotContain("Exception", "\tat ");
    }
}
