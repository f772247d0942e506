package org.upright.search;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The full-text index of statements, recommendations and paragraphs: Lucene in the data directory for one machine,
 * OpenSearch for deployments of several nodes. Both implementations pass the same tests. Writes are idempotent by
 * entry id; {@link #documentIds()} lets the database and the index be compared after a crash.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds or replaces the entries of one stored document, visible to searches when this returns. */
    void replaceDocument(long documentId, Collection<IndexEntry> entries);

    /** Removes every entry of a stored document (a superseded version, a deleted document). */
    void removeDocument(long documentId);

    /** Removes everything. */
    void clear();

    /** The stored documents the index holds entries of. */
    Set<Long> documentIds();

    /** Number of entries. */
    long size();

    /**
     * Runs a query.
     *
     * @throws QuerySyntaxException when the query is malformed or too long
     */
    SearchResult search(SearchQuery query);

    /**
     * Hands over every entry matching the query's words and filters, page by page in the order of their ids, however
     * many there are (a search page stops at {@link SearchQuery#MAX_LIMIT} and engines refuse deep offsets, e.g.
     * OpenSearch beyond 10,000 hits). The query's sort, offset, facets and highlight are ignored; its limit, when
     * positive, is the page size.
     *
     * @throws QuerySyntaxException when the query is malformed or too long
     */
    void scan(SearchQuery query, java.util.function.Consumer<List<SearchHit>> page);

    /** The entries most like one entry ("more like this"), most similar first; empty if the id is unknown. */
    List<SearchHit> similar(String id, int max);

    /**
     * Groups the recommendations matching the query into clusters of near-identical asks: entries whose similarity
     * to a cluster's members reaches {@code threshold} (0..1, higher is stricter). Singletons are left out.
     */
    List<Cluster> clusters(SearchQuery query, double threshold);

    @Override
    void close();
}
