package org.upright;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.search.opensearch.TestClusters;

/** {@code upright ingest} and {@code upright search} with {@code --search URL}: the same answers from OpenSearch. */
class AppOpenSearchTest {
    private static OpenSearchRunner runner;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        runner = TestClusters.start(1);
    }

    @AfterAll
    static void stop() {
        TestClusters.stop(runner);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = App.commandLine().run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void ingestIndexesIntoTheClusterAndSearchAnswersFromIt() throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.copy(Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt"), batch.resolve("A_HRC_WG.6_7_KAZ_2.txt"));
        String url = TestClusters.url(runner, 0).toString();
        String data = dir.resolve("data").toString();

        Run ingest = run("ingest", "--data", data, "--search", url, batch.toString());
        Run search = run("search", "ICRMW", "--body", "CERD", "--data", data, "--search", url);
        Run reindex = run("reindex", "--data", data, "--search", url);
        Run again = run("search", "ICRMW", "--body", "CERD", "--data", data, "--search", url);

        assertThat(ingest.code()).as(ingest.err()).isZero();
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).contains("1 match(es)", "[ICRMW]", "A/HRC/WG.6/7/KAZ/2");
        assertThat(reindex.out()).contains("1 document(s) indexed");
        assertThat(again.out()).isEqualTo(search.out());
        assertThat(Files.exists(dir.resolve("data").resolve("index"))).as("no Lucene index beside the cluster")
                .isFalse();
    }

    @Test
    void aClusterThatCannotBeReachedIsOneLine() {
        Run run = run("search", "torture", "--data", dir.resolve("data").toString(), "--search",
                "http://127.0.0.1:1");
        Run bad = run("search", "torture", "--data", dir.resolve("data").toString(), "--search", "localhost");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).contains("http://127.0.0.1:1").doesNotContain("\n");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("http://localhost:9200");
    }
}
