package org.upright.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.upright.search.SearchHit;
import org.upright.search.SearchIndex;
import org.upright.search.SearchQuery;
import org.upright.search.SearchResult;
import org.upright.search.SearchResultJson;

/** {@code /api/search} and its narrowings: the same full-text search as {@code upright search --format json}. */
final class SearchApi {
    private final SearchIndex index;

    SearchApi(SearchIndex index) {
        this.index = index;
    }

    /** {@code GET /api/search}: statements, recommendations and paragraphs. */
    void search(Context ctx) {
        ctx.json(SearchResultJson.tree(index.search(QueryParams.search(ctx, null))));
    }

    /** {@code GET /api/statements}: the search with the type fixed to statements. */
    void statements(Context ctx) {
        ctx.json(SearchResultJson.tree(index.search(QueryParams.search(ctx, "statement"))));
    }

    /** {@code GET /api/recommendations}: the search with the type fixed to recommendations. */
    void recommendations(Context ctx) {
        ctx.json(SearchResultJson.tree(index.search(QueryParams.search(ctx, "recommendation"))));
    }

    /** {@code GET /api/search/similar/{id}}: the entries most like one entry; none for an unknown id. */
    void similar(Context ctx) {
        int limit = QueryParams.integer(ctx, "limit", 10);
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            throw new org.upright.common.UsageException("limit must be 1.." + SearchQuery.MAX_LIMIT);
        }
        List<SearchHit> hits = index.similar(ctx.pathParam("id"), limit);
        ctx.json(SearchResultJson.tree(new SearchResult(hits.size(), hits, Map.of())));
    }

    /** {@code GET /api/clusters?q=&threshold=}: the matching recommendations grouped into near-identical asks. */
    void clusters(Context ctx) {
        double threshold = QueryParams.fraction(ctx, "threshold", 0.5);
        ctx.json(SearchResultJson.clusters(index.clusters(QueryParams.search(ctx, null), threshold)));
    }
}
