package org.upright.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensearch.cluster.ClusterState;
import org.opensearch.cluster.routing.IndexShardRoutingTable;
import org.opensearch.node.Node;
import org.upright.search.IndexEntry;
import org.upright.search.SearchQuery;

/**
 * A deployment's cluster: three nodes, the index with a replica, and serve nodes that know all three. Losing the
 * node that holds the primary copy in the middle of a series of searches costs no answer and no count.
 */
class OpenSearchClusterTest {
    private static final String INDEX = "entries";
    private static final int DOCUMENTS = 20;
    private static OpenSearchRunner runner;

    @BeforeAll
    static void startCluster() {
        runner = TestClusters.start(3);
    }

    @AfterAll
    static void stopCluster() {
        TestClusters.stop(runner);
    }

    @Test
    void searchesStillAnswerWithTheRightTotalsWhenANodeStopsMidQuery() throws Exception {
        List<URI> nodes = List.of(TestClusters.url(runner, 0), TestClusters.url(runner, 1),
                TestClusters.url(runner, 2));
        try (OpenSearchIndex index = OpenSearchIndex.connect(nodes, INDEX)) {
            for (long doc = 1; doc <= DOCUMENTS; doc++) {
                index.replaceDocument(doc, entries(doc));
            }
            runner.ensureGreen(INDEX);
            IndexShardRoutingTable copies = shard();
            assertThat(copies.size()).as("copies of the shard").isEqualTo(2);

            // answers counted by phase: before the stop, while the node shuts down, after it is gone
            AtomicInteger phase = new AtomicInteger();
            AtomicIntegerArray answered = new AtomicIntegerArray(3);
            ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
            CountDownLatch warmedUp = new CountDownLatch(20);
            Thread searches = Thread.ofPlatform().start(() -> {
                while (answered.get(2) < 50) {
                    int now = phase.get();
                    try {
                        long torture = index.search(SearchQuery.of("torture")).total();
                        long migrants = index.search(SearchQuery.of("\"migrant workers\" AND year:2009")).total();
                        if (torture != DOCUMENTS * 2L || migrants != DOCUMENTS) {
                            wrong.add("totals " + torture + " and " + migrants);
                        }
                        answered.incrementAndGet(now);
                    } catch (RuntimeException e) {
                        wrong.add(e.getMessage());
                    }
                    warmedUp.countDown();
                }
            });

            assertThat(warmedUp.await(60, TimeUnit.SECONDS)).isTrue();
            phase.set(1);
            stopNodeHolding(copies.primaryShard().currentNodeId());
            phase.set(2);
            searches.join(60_000);

            assertThat(wrong).isEmpty();
            assertThat(answered.get(2)).isEqualTo(50);
            index.replaceDocument(1, List.of());
            assertThat(index.search(SearchQuery.of("torture")).total()).isEqualTo(DOCUMENTS * 2L - 2);
        }
    }

    private static List<IndexEntry> entries(long doc) {
        List<IndexEntry> entries = new ArrayList<>();
        entries.add(entry(doc, 0, "CAT was concerned about allegations of torture in detention.", 2008));
        entries.add(entry(doc, 1, "The Special Rapporteur on torture noted impunity.", 2009));
        entries.add(entry(doc, 2, "Ratify the Convention on the Rights of All Migrant Workers.", 2009));
        entries.add(entry(doc, 3, "UNICEF noted that children with disabilities were placed in institutions.", 2010));
        return entries;
    }

    private static IndexEntry entry(long doc, int ordinal, String text, int year) {
        return new IndexEntry("s:" + doc + ":" + ordinal, "statement", doc, "A/HRC/WG.6/7/KAZ/2", "KAZ",
                List.of("CAT"), List.of("treaty-body"), year, "concern", List.of(), List.of(), List.of(), null, null,
                ordinal + 1, null, text, null);
    }

    private static IndexShardRoutingTable shard() {
        ClusterState state = runner.admin().cluster().prepareState().get().getState();
        return state.routingTable().index(INDEX).shard(0);
    }

    private static void stopNodeHolding(String nodeId) throws IOException, InterruptedException {
        ClusterState state = runner.admin().cluster().prepareState().get().getState();
        Node node = runner.getNode(state.nodes().get(nodeId).getName());
        node.close();
        assertThat(node.awaitClose(30, TimeUnit.SECONDS)).isTrue();
    }
}
