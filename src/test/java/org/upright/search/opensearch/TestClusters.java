package org.upright.search.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/** Real OpenSearch clusters inside the test JVM, one per test class (starting one takes a few seconds). */
public final class TestClusters {
    /** What the index uses (language analyzers, delete_by_query, HTTP); the rest of the modules only slow startup. */
    private static final String MODULES = String.join(",", "org.opensearch.analysis.common.CommonAnalysisModulePlugin",
            "org.opensearch.index.reindex.ReindexModulePlugin", "org.opensearch.transport.Netty4ModulePlugin");
    private static final Logger QUIET = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private TestClusters() {
    }

    /**
     * Starts {@code nodes} nodes of a cluster of its own: a unique name keeps clusters of tests running at the same
     * time on this machine (other worktrees, CI jobs) from discovering each other.
     */
    public static OpenSearchRunner start(int nodes) {
        // Lucene announces its vector support on java.util.logging at startup: not the tests' concern
        QUIET.setLevel(Level.OFF);
        // a stopped node's event loops refuse late notifications and Netty says so at ERROR: expected when a test
        // stops a node on purpose
        System.setProperty("org.slf4j.simpleLogger.log.io.netty", "off");
        OpenSearchRunner runner = new OpenSearchRunner();
        String name = "upright-test-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            String base = Files.createTempDirectory("upright-opensearch").toString();
            runner.onBuild((id, settings) -> settings.put("cluster.routing.allocation.disk.threshold_enabled", false))
                    .build(OpenSearchRunner.newConfigs().numOfNode(nodes).clusterName(name).basePath(base)
                            .baseHttpPort(9200).disableESLogger().useLogger().moduleTypes(MODULES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runner.ensureYellow();
        return runner;
    }

    /** The HTTP address of node {@code i}, from the port the node really took. */
    public static URI url(OpenSearchRunner runner, int i) {
        return URI.create("http://127.0.0.1:" + runner.getNode(i).settings().get("http.port"));
    }

    /** Stops the nodes and deletes their files. */
    public static void stop(OpenSearchRunner runner) {
        if (runner == null) {
            return;
        }
        try {
            runner.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            runner.clean();
        }
    }
}
