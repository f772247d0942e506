package org.upright.search.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.Conflicts;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.CompositeAggregate;
import org.opensearch.client.opensearch._types.aggregations.CompositeAggregationSource;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.search.HighlighterEncoder;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.upright.common.UprightException;
import org.upright.common.UsageException;
import org.upright.search.AskGrouping;
import org.upright.search.Cluster;
import org.upright.search.IndexEntry;
import org.upright.search.SearchHit;
import org.upright.search.SearchIndex;
import org.upright.search.SearchQuery;
import org.upright.search.SearchResult;

/**
 * The search index in an OpenSearch cluster, for deployments of several {@code upright serve} nodes: one index with
 * explicit mappings (created when missing, {@code index.json}), queried in the Lucene index's syntax and passing
 * the same contract. Thread-safe; one instance per process.
 */
public final class OpenSearchIndex implements SearchIndex {
    /** The facet fields, in the order results list them; each is counted on its {@code .facet} subfield. */
    static final List<String> FACETS = List.of("speaker", "year", "kind", "country", "theme", "mechanism", "person",
            "sdg", "position", "type", "tracking");
    /** The most values a facet lists, as in the Lucene index. */
    private static final int FACET_SIZE = 200;
    /** The most entries {@link #clusters} groups: beyond that, grouping is quadratic and the query too broad. */
    static final int MAX_CLUSTERED = 2_000;
    private static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(3);
    /** Longer than any request should take; a stuck node does not hold a request forever. */
    private static final Timeout RESPONSE_TIMEOUT = Timeout.ofSeconds(60);
    /** Where the cluster stops a search (an error, as partial results are refused); bounded queries stay well under. */
    private static final String SEARCH_TIMEOUT = "10s";

    private final List<URI> cluster;
    private final String index;
    private final ApacheHttpClient5Transport transport;
    private final OpenSearchClient client;

    private OpenSearchIndex(List<URI> cluster, String index, ApacheHttpClient5Transport transport) {
        this.cluster = List.copyOf(cluster);
        this.index = index;
        this.transport = transport;
        this.client = new OpenSearchClient(transport);
    }

    /**
     * Connects to the cluster at {@code url} and opens the index, creating it if missing.
     *
     * @throws UprightException (one line, naming the URL) when the cluster cannot be reached
     */
    public static OpenSearchIndex connect(URI url, String indexName) {
        return connect(List.of(url), indexName);
    }

    /**
     * Connects to a cluster through several of its nodes: a request a node cannot answer (down, 502-504) is retried
     * on the next, so searching survives the loss of a node.
     */
    public static OpenSearchIndex connect(List<URI> nodes, String indexName) {
        if (nodes.isEmpty()) {
            throw new UsageException("no search cluster address given");
        }
        HttpHost[] hosts = nodes.stream().map(OpenSearchIndex::host).toArray(HttpHost[]::new);
        ApacheHttpClient5Transport transport = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setRequestConfigCallback(config -> config.setConnectTimeout(CONNECT_TIMEOUT)
                        .setResponseTimeout(RESPONSE_TIMEOUT))
                .build();
        OpenSearchIndex opened = new OpenSearchIndex(nodes, indexName, transport);
        try {
            opened.createIfMissing();
            return opened;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private static HttpHost host(URI url) {
        if (url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new UsageException("not a search cluster address: " + url + " (expected http://host:9200)");
        }
        return new HttpHost(url.getScheme(), url.getHost(), url.getPort() < 0 ? 9200 : url.getPort());
    }

    private void createIfMissing() {
        boolean exists = Failures.call(cluster, "opening index " + index,
                () -> client.indices().exists(e -> e.index(index)).value());
        if (exists) {
            return;
        }
        String body = mappings();
        Failures.call(cluster, "creating index " + index, () -> {
            try (var response = client.generic().execute(Requests.builder().method("PUT").endpoint("/" + index)
                    .json(body).build())) {
                // another node may have created it in the meantime: that is fine
                if (response.getStatus() >= 300 && response.getStatus() != 400) {
                    throw new UprightException("search cluster " + Failures.addresses(cluster) + " refused to create "
                            + "index " + index + ": HTTP " + response.getStatus());
                }
                if (response.getStatus() == 400 && !client.indices().exists(e -> e.index(index)).value()) {
                    throw new UprightException("search cluster " + Failures.addresses(cluster) + " refused to create "
                            + "index " + index + " (is the name valid?)");
                }
                return null;
            }
        });
    }

    private static String mappings() {
        try (InputStream in = OpenSearchIndex.class.getResourceAsStream("index.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void replaceDocument(long documentId, Collection<IndexEntry> entries) {
        // New entries first, then the old ones they do not replace, then one refresh: searches see the old version or
        // the new one, never a mix or nothing. An explicit refresh rather than refresh=wait_for, which would wait up
        // to the refresh interval (1 s) per document, and ingestion replaces documents one after another.
        List<BulkOperation> operations = entries.stream().map(e -> BulkOperation.of(o -> o.index(i -> i
                .id(e.id()).document(StoredEntry.of(documentId, e))))).toList();
        if (!operations.isEmpty()) {
            BulkResponse response = Failures.call(cluster, "indexing document " + documentId, () -> client.bulk(b -> b
                    .index(index).operations(operations)));
            if (response.errors()) {
                String reason = response.items().stream().filter(i -> i.error() != null)
                        .map(i -> i.error().type() + ": " + i.error().reason()).findFirst().orElse("unknown");
                throw new UprightException("search cluster " + Failures.addresses(cluster) + " refused entries of "
                        + "document " + documentId + ": " + Failures.oneLine(reason));
            }
        }
        List<String> kept = entries.stream().map(IndexEntry::id).toList();
        deleteWhere(Query.of(q -> q.bool(b -> b.filter(document(documentId))
                .mustNot(n -> n.ids(i -> i.values(kept))))), "replacing document " + documentId);
        refresh("replacing document " + documentId);
    }

    @Override
    public void removeDocument(long documentId) {
        deleteWhere(document(documentId), "removing document " + documentId);
        refresh("removing document " + documentId);
    }

    @Override
    public void clear() {
        deleteWhere(Query.of(q -> q.matchAll(m -> m)), "clearing index " + index);
        refresh("clearing index " + index);
    }

    private static Query document(long documentId) {
        return Query.of(q -> q.term(t -> t.field("documentId").value(FieldValue.of(Long.toString(documentId)))));
    }

    private void deleteWhere(Query query, String doing) {
        Failures.call(cluster, doing, () -> client.deleteByQuery(d -> d.index(index).query(query)
                .conflicts(Conflicts.Proceed)));
    }

    /** Makes what was written visible to searches before the write returns. */
    private void refresh(String doing) {
        Failures.call(cluster, doing, () -> client.indices().refresh(r -> r.index(index)));
    }

    @Override
    public Set<Long> documentIds() {
        Set<Long> ids = new TreeSet<>();
        Map<String, FieldValue> after = null;
        do {
            Map<String, FieldValue> from = after;
            SearchResponse<Void> response = Failures.call(cluster, "listing documents", () -> client.search(s -> s
                    .index(index).size(0).aggregations("ids", a -> a.composite(c -> {
                        c.size(1_000).sources(Map.of("id", CompositeAggregationSource.of(source -> source
                                .terms(t -> t.field("documentId")))));
                        return from == null ? c : c.after(from);
                    })), Void.class));
            CompositeAggregate page = response.aggregations().get("ids").composite();
            page.buckets().array().forEach(b -> ids.add(Long.parseLong(b.key().get("id").stringValue())));
            after = page.buckets().array().isEmpty() ? null : page.afterKey();
        } while (after != null && !after.isEmpty());
        return ids;
    }

    @Override
    public long size() {
        return Failures.call(cluster, "counting entries", () -> client.count(c -> c.index(index)).count());
    }

    @Override
    public SearchResult search(SearchQuery query) {
        Query q = UserQuery.of(query, Map.of());
        SearchRequest.Builder request = new SearchRequest.Builder().index(index).query(q)
                .from(query.offset()).size(query.limit())
                .trackTotalHits(t -> t.enabled(true))
                .timeout(SEARCH_TIMEOUT)
                .allowPartialSearchResults(false);
        if (query.sort() == SearchQuery.Sort.DATE) {
            request.trackScores(true).sort(s -> s.field(f -> f.field("year").order(SortOrder.Desc)
                    .missing(FieldValue.of("_last"))));
        }
        byRelevance(request);
        if (query.facets()) {
            Map<String, Aggregation> aggregations = new LinkedHashMap<>();
            for (String field : FACETS) {
                aggregations.put(field, Aggregation.of(a -> a.terms(t -> t.field(facetField(field))
                        .size(FACET_SIZE))));
            }
            request.aggregations(aggregations);
        }
        if (query.highlight() && !query.text().isBlank()) {
            request.highlight(h -> h.preTags("<mark>").postTags("</mark>")
                    .encoder(HighlighterEncoder.Html)
                    .fields("text", f -> f.numberOfFragments(0))
                    .fields(QueryText.EXACT, f -> f.numberOfFragments(0)));
        }
        SearchResponse<StoredEntry> response = Failures.search(cluster, () -> client.search(request.build(),
                StoredEntry.class));
        List<SearchHit> hits = response.hits().hits().stream().map(h -> hit(h, query.highlight())).toList();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        if (query.facets()) {
            FACETS.forEach(field -> facets.put(field, counts(response.aggregations().get(field))));
        }
        return new SearchResult(response.hits().total().value(), hits, facets);
    }

    /**
     * {@inheritDoc} Pages follow {@code search_after} on the id, which has no window limit (a deep {@code from}
     * stops at the index's {@code max_result_window}, 10,000 by default). Entries written during a scan appear in it
     * only if their id sorts after the page being read.
     */
    @Override
    public void scan(SearchQuery query, java.util.function.Consumer<List<SearchHit>> page) {
        Query q = UserQuery.of(query, Map.of());
        int size = query.limit() > 0 ? query.limit() : SearchQuery.MAX_LIMIT;
        String after = null;
        while (true) {
            SearchRequest.Builder request = new SearchRequest.Builder().index(index).query(q).size(size)
                    .trackTotalHits(t -> t.enabled(false)).timeout(SEARCH_TIMEOUT).allowPartialSearchResults(false)
                    .sort(s -> s.field(f -> f.field("id").order(SortOrder.Asc)));
            if (after != null) {
                request.searchAfter(FieldValue.of(after));
            }
            SearchResponse<StoredEntry> response = Failures.search(cluster, () -> client.search(request.build(),
                    StoredEntry.class));
            List<SearchHit> hits = response.hits().hits().stream().map(h -> hit(h, false)).toList();
            if (hits.isEmpty()) {
                return;
            }
            page.accept(hits);
            after = hits.getLast().id();
        }
    }

    private static String facetField(String field) {
        return field.equals("year") ? "year" : field + ".facet";
    }

    private static Map<String, Long> counts(Aggregate aggregate) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (aggregate.isSterms()) {
            aggregate.sterms().buckets().array().forEach(b -> counts.put(b.key(), b.docCount()));
        } else if (aggregate.isLterms()) {
            aggregate.lterms().buckets().array().forEach(b -> counts.put(b.keyAsString() != null ? b.keyAsString()
                    : b.key()._get().toString(), b.docCount()));
        }
        return counts;
    }

    /** The hit, with its text marked and escaped if highlights were asked for (a text without a match escaped). */
    private static SearchHit hit(Hit<StoredEntry> hit, boolean highlight) {
        StoredEntry entry = hit.source();
        float score = hit.score() == null ? 0f : hit.score().floatValue();
        if (!highlight) {
            return entry.hit(null, score);
        }
        List<String> highlighted = new ArrayList<>();
        highlighted.addAll(hit.highlight().getOrDefault("text", List.of()));
        highlighted.addAll(hit.highlight().getOrDefault(QueryText.EXACT, List.of()));
        return entry.hit(Highlights.merge(entry.text(), highlighted), score);
    }

    /** Best first, ties by id, as the Lucene index orders them. */
    private static void byRelevance(SearchRequest.Builder request) {
        request.sort(s -> s.score(sc -> sc.order(SortOrder.Desc)))
                .sort(s -> s.field(f -> f.field("id").order(SortOrder.Asc)));
    }

    @Override
    public List<SearchHit> similar(String id, int max) {
        int n = Math.min(max, SearchQuery.MAX_LIMIT);
        boolean known = Failures.call(cluster, "finding entry " + id, () -> client.exists(e -> e.index(index).id(id))
                .value());
        if (!known || n <= 0) {
            return List.of();
        }
        SearchRequest.Builder request = new SearchRequest.Builder().index(index).size(n).timeout(SEARCH_TIMEOUT)
                .allowPartialSearchResults(false)
                .query(q -> q.moreLikeThis(m -> m.fields("text")
                        .like(l -> l.document(d -> d.index(index).id(id)))
                        // as Lucene's MoreLikeThis: entries are short sentences, so a word said once and found in
                        // one other entry is already a signal, and any one of the words may match
                        .minTermFreq(1).minDocFreq(1).minimumShouldMatch("1").include(false)));
        byRelevance(request);
        SearchResponse<StoredEntry> response = Failures.call(cluster, "finding entries like " + id,
                () -> client.search(request.build(), StoredEntry.class));
        return response.hits().hits().stream().map(h -> hit(h, false)).toList();
    }

    /** {@inheritDoc} At most {@value #MAX_CLUSTERED} matching entries, the best first, are grouped. */
    @Override
    public List<Cluster> clusters(SearchQuery query, double threshold) {
        SearchRequest.Builder request = new SearchRequest.Builder().index(index).query(UserQuery.of(query, Map.of()))
                .size(MAX_CLUSTERED).timeout(SEARCH_TIMEOUT).allowPartialSearchResults(false);
        byRelevance(request);
        SearchResponse<StoredEntry> response = Failures.search(cluster, () -> client.search(request.build(),
                StoredEntry.class));
        List<SearchHit> hits = response.hits().hits().stream().map(h -> hit(h, false)).toList();
        return AskGrouping.group(hits, terms(hits.stream().map(SearchHit::id).toList()), threshold);
    }

    /** The entries' analysed words with their frequencies, and the index's document frequencies of those words. */
    private AskGrouping.Terms terms(List<String> ids) {
        Map<String, Map<String, Integer>> byEntry = new LinkedHashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + 500));
            var response = Failures.call(cluster, "reading term vectors", () -> client.mtermvectors(m -> m
                    .index(index).ids(batch).fields("text").termStatistics(true).fieldStatistics(false)
                    .positions(false).offsets(false).payloads(false)));
            response.docs().forEach(doc -> {
                Map<String, Integer> frequencies = new HashMap<>();
                var vector = doc.termVectors().get("text");
                if (vector != null) {
                    vector.terms().forEach((term, stats) -> {
                        frequencies.put(term, stats.termFreq());
                        if (stats.docFreq() != null) {
                            documentFrequency.put(term, stats.docFreq());
                        }
                    });
                }
                byEntry.put(doc.id(), frequencies);
            });
        }
        return new AskGrouping.Terms(byEntry, documentFrequency, ids.isEmpty() ? 0 : size());
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            // closing only releases connections; nothing a user could act on
        }
    }
}
