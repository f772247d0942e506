package org.upright.search.opensearch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.common.UprightException;
import org.upright.search.SearchIndex;
import org.upright.search.SearchIndexContract;

/** The search contract on a real one-node OpenSearch cluster, started once for the class; each test its own index. */
class OpenSearchIndexTest extends SearchIndexContract {
    private static final AtomicInteger INDEXES = new AtomicInteger();
    private static OpenSearchRunner runner;

    @BeforeAll
    static void startCluster() {
        runner = TestClusters.start(1);
    }

    @AfterAll
    static void stopCluster() {
        TestClusters.stop(runner);
    }

    @Override
    protected SearchIndex open() {
        return OpenSearchIndex.connect(TestClusters.url(runner, 0), "entries-" + INDEXES.incrementAndGet());
    }

    @Test
    void anUnreachableClusterIsOneLineNamingItsAddress() {
        assertThatThrownBy(() -> OpenSearchIndex.connect(URI.create("http://127.0.0.1:1"), "entries"))
                .isInstanceOf(UprightException.class)
                .hasMessageContaining("http://127.0.0.1:1")
                .message().doesNotContain("\n");
    }
}
