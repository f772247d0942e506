package org.upright;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upright report charts} as a user runs it, over a data directory holding Kazakhstan's second review. */
class AppChartsReportTest {
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
    static void ingestTheReview() {
        assertThat(run("ingest", "--data", data(), "samples/A_HRC_WG.6_7_KAZ_2.txt", "samples/A_HRC_28_10.pdf")
                .code()).isZero();
    }

    @Test
    void theChartsAreWrittenAsPdfWithTheTitleAndTheDay() throws IOException {
        Path file = dir.resolve("kaz-charts.pdf");
        Run run = run("report", "charts", "KAZ", "--as-of", "2026-06-30", "--format", "pdf", "-o", file.toString(),
                "--data", data());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("kaz-charts.pdf", "Kazakhstan", "2026-06-30");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Recommendations to Kazakhstan: figures as of 2026-06-30", "Recommendations by year");
        }
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void theChartsAreWrittenAsWordWithPictures() throws IOException {
        Path file = dir.resolve("kaz-charts.docx");
        Run run = run("report", "charts", "KAZ", "--format", "docx", "-o", file.toString(), "--data", data());

        assertThat(run.code()).as(run.err()).isZero();
        try (var in = Files.newInputStream(file); var docx = new XWPFDocument(in)) {
            assertThat(docx.getAllPictures()).isNotEmpty();
        }
    }

    @Test
    void aStateWithoutRecommendationsIsOneLineAndExitOneWithNoFile() {
        Path file = dir.resolve("nam-charts.pdf");
        Run run = run("report", "charts", "NAM", "-o", file.toString(), "--data", data());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("upright: no recommendation to Namibia").doesNotContain("\n");
        assertThat(file).doesNotExist();
    }

    @Test
    void anUnknownFormatIsExitTwoListingTheFormats() {
        Path file = dir.resolve("kaz-charts.png");
        Run run = run("report", "charts", "KAZ", "--format", "png", "-o", file.toString(), "--data", data());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("html, pdf or docx");
        assertThat(file).doesNotExist();
    }
}
