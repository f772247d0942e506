package org.upright.search.opensearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.upright.search.QuerySyntaxException;
import org.upright.search.SearchQuery;

/**
 * A search as an OpenSearch query: query_string (the syntax of Lucene's classic parser, as the Lucene index parses
 * it) on the stemmed text with "exact phrases" on the unstemmed subfield, terms ANDed unless OR is written, and the
 * filters as non-scoring clauses (values of one field ORed, fields ANDed).
 */
final class UserQuery {

    private UserQuery() {
    }

    /** The query for this search, with any further filters ({@code field → values}) the caller adds. */
    static Query of(SearchQuery query, Map<String, List<String>> extraFilters) {
        String text = QueryText.prepare(query.text());
        List<Query> filters = new ArrayList<>();
        query.filters().forEach((field, values) -> filter(field, values, filters));
        extraFilters.forEach((field, values) -> filter(field, values, filters));
        Query main = text.isBlank() ? Query.of(q -> q.matchAll(m -> m)) : Query.of(q -> q.queryString(s -> s
                .query(text)
                .defaultField("text")
                .quoteFieldSuffix(".exact")
                .defaultOperator(Operator.And)
                .allowLeadingWildcard(false)));
        return Query.of(q -> q.bool(b -> b.must(main).filter(filters)));
    }

    private static void filter(String field, List<String> values, List<Query> filters) {
        if (values.isEmpty()) {
            return;
        }
        if (field.equals("text") || !QueryText.FIELDS.contains(field)) {
            throw new QuerySyntaxException("cannot filter by '" + field + "'");
        }
        if (field.equals("year") && !values.stream().allMatch(v -> v.strip().matches("[0-9]{1,9}"))) {
            throw new QuerySyntaxException("a year filter takes numbers such as 2009, not " + values);
        }
        // keyword fields lower-case values as they index them, so CAT and cat filter alike
        List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
        filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)))));
    }
}
