package org.upright;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upright report compilation} as a user runs it, over a data directory holding the Kazakhstan compilation. */
class AppReportTest {
    @TempDir
    static Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = App.commandLine().run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String data() {
        return dir.resolve("data").toString();
    }

    @BeforeAll
    static void ingestTheCompilation() {
        assertThat(run("ingest", "--data", data(), "samples/A_HRC_WG.6_7_KAZ_2.txt").code()).isZero();
    }

    @Test
    void theCompilationIsWrittenAsHtml() throws IOException {
        Path file = dir.resolve("kaz.html");
        Run run = run("report", "compilation", "KAZ", "--format", "html", "-o", file.toString(), "--data", data());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("A/HRC/WG.6/7/KAZ/2", "Kazakhstan");
        var html = Jsoup.parse(file.toFile(), "UTF-8");
        assertThat(html.select("table.ratifications tbody tr")).isNotEmpty();
        assertThat(html.select("p.para")).isNotEmpty();
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void theCompilationIsWrittenAsDocxWithFootnotes() throws IOException {
        Path file = dir.resolve("kaz.docx");
        Run run = run("report", "compilation", "KAZ", "--format", "docx", "-o", file.toString(), "--data", data());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("A/HRC/WG.6/7/KAZ/2", "Kazakhstan");
        try (var in = Files.newInputStream(file); var docx = new XWPFDocument(in)) {
            assertThat(docx.getTables()).isNotEmpty();
            assertThat(docx.getFootnotes()).isNotEmpty();
        }
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void aStateWithoutACompilationGivesNoDocx() {
        Path file = dir.resolve("nam.docx");
        Run run = run("report", "compilation", "NAM", "--format", "docx", "-o", file.toString(), "--data", data());
        assertThat(run.code()).isEqualTo(1);
        assertThat(file).doesNotExist();
    }

    @Test
    void aStateWithoutACompilationIsOneLineAndExitOneWithNoFile() {
        Path file = dir.resolve("nam.html");
        Run run = run("report", "compilation", "NAM", "-o", file.toString(), "--data", data());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("upright: no UPR compilation of Namibia").doesNotContain("\n");
        assertThat(file).doesNotExist();
    }

    @Test
    void anUnknownFormatIsExitTwoListingTheFormats() {
        Path file = dir.resolve("kaz.odt");
        Run run = run("report", "compilation", "KAZ", "--format", "odt", "-o", file.toString(), "--data", data());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("html, pdf or docx");
        assertThat(file).doesNotExist();
    }

    @Test
    void theCompilationIsWrittenAsPdf() throws IOException {
        Path file = dir.resolve("kaz.pdf");
        Run run = run("report", "compilation", "KAZ", "--format", "pdf", "-o", file.toString(), "--data", data());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("kaz.pdf", "A/HRC/WG.6/7/KAZ/2");
        assertThat(new String(Files.readAllBytes(file), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }
}
