package org.upright;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upright report draft} as a user runs it, over a data directory holding the Kazakhstan compilation. */
class AppDraftTest {
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
    void theDraftIsWrittenAsHtmlWithSentencesCitingTheirSources() throws IOException {
        Path file = dir.resolve("kaz-draft.html");
        Run run = run("report", "draft", "KAZ", "--as-of", "2025-01-01", "--format", "html", "-o", file.toString(),
                "--data", data());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("next-cycle draft of Kazakhstan", "sentences");
        var html = Jsoup.parse(file.toFile(), "UTF-8");
        assertThat(html.select("h1").text()).contains("Kazakhstan", "as of 2025-01-01");
        assertThat(html.select("p.para a.source").eachText()).isNotEmpty()
                .allSatisfy(s -> assertThat(s).contains("A/HRC/WG.6/7/KAZ/2"));
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void aStateWithNothingToDraftFromIsOneLineAndExitOneWithNoFile() {
        Path file = dir.resolve("nam-draft.html");
        Run run = run("report", "draft", "NAM", "-o", file.toString(), "--data", data());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("upright: no recommendation or concern to Namibia")
                .doesNotContain("\n");
        assertThat(file).doesNotExist();
    }

    @Test
    void anUnknownFormatIsExitTwoListingTheFormats() {
        Path file = dir.resolve("kaz-draft.odt");
        Run run = run("report", "draft", "KAZ", "--format", "odt", "-o", file.toString(), "--data", data());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("html, pdf or docx");
        assertThat(file).doesNotExist();
    }
}
