package org.upright.search.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.upright.search.QuerySyntaxException;
import org.upright.search.SearchQuery;

/**
 * Turns a {@link SearchQuery} into Lucene queries: the text through {@link EntryQueryParser}, bounded in length and
 * terms, with the filters as non-scoring clauses (values of one field ORed, fields ANDed).
 */
final class Queries {

    private Queries() {
    }

    /** The query that selects and scores the hits. */
    static Query search(SearchQuery query) {
        return withFilters(parse(query.text(), EntryQueryParser::forSearch), query.filters());
    }

    /** The same text with every word on the text field, for the highlighter; filters mark nothing. */
    static Query highlight(SearchQuery query) {
        return parse(query.text(), EntryQueryParser::forHighlighting);
    }

    private static Query parse(String text, Supplier<EntryQueryParser> parsers) {
        if (text.length() > SearchQuery.MAX_LENGTH) {
            throw new QuerySyntaxException("the query is longer than " + SearchQuery.MAX_LENGTH + " characters");
        }
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        Query parsed;
        try {
            // A slash would start a regular expression, which can run long; here it is part of a word (A/HRC/14/10).
            parsed = parsers.get().parse(text.replaceAll("(?<!\\\\)/", "\\\\/"));
        } catch (ParseException e) {
            throw new QuerySyntaxException(problem(e));
        }
        if (terms(parsed) > SearchQuery.MAX_TERMS) {
            throw new QuerySyntaxException("the query has more than " + SearchQuery.MAX_TERMS + " terms");
        }
        return withoutPureNegatives(parsed);
    }

    /**
     * "NOT torture" means everything without the word, as users (and OpenSearch's query_string) read it; Lucene
     * alone would match nothing for a group of prohibited clauses only, so such groups get a match-all beside them.
     */
    static Query withoutPureNegatives(Query query) {
        if (!(query instanceof org.apache.lucene.search.BooleanQuery bool)) {
            return query;
        }
        org.apache.lucene.search.BooleanQuery.Builder rebuilt = new org.apache.lucene.search.BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        boolean onlyProhibited = !bool.clauses().isEmpty();
        for (org.apache.lucene.search.BooleanClause clause : bool.clauses()) {
            rebuilt.add(withoutPureNegatives(clause.query()), clause.occur());
            onlyProhibited &= clause.occur() == org.apache.lucene.search.BooleanClause.Occur.MUST_NOT;
        }
        if (onlyProhibited) {
            rebuilt.add(new MatchAllDocsQuery(), org.apache.lucene.search.BooleanClause.Occur.FILTER);
        }
        return rebuilt.build();
    }

    private static Query withFilters(Query main, Map<String, List<String>> filters) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(main, BooleanClause.Occur.MUST);
        for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
            if (!filter.getValue().isEmpty()) {
                filtered.add(anyOf(filter.getKey(), filter.getValue()), BooleanClause.Occur.FILTER);
            }
        }
        return filtered.build();
    }

    private static Query anyOf(String field, List<String> values) {
        if (field.equals(EntryFields.YEAR)) {
            try {
                int[] years = values.stream().mapToInt(value -> Integer.parseInt(value.strip())).toArray();
                return IntField.newSetQuery(field, years);
            } catch (NumberFormatException e) {
                throw new QuerySyntaxException("a year filter takes numbers such as 2009, not " + values);
            }
        }
        if (field.equals(EntryFields.TEXT) || !EntryFields.SEARCHABLE.contains(field)) {
            throw new QuerySyntaxException("cannot filter by '" + field + "'");
        }
        List<BytesRef> terms = new ArrayList<>();
        for (String value : values) {
            terms.add(EntryFields.keywordTerm(field, value));
        }
        return new TermInSetQuery(field, terms);
    }

    /** The leaves of the query: words, phrases, prefixes, ranges. */
    private static int terms(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                count[0]++;
            }

            @Override
            public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
                count[0]++;
            }

            @Override
            public void visitLeaf(Query leaf) {
                count[0]++;
            }
        });
        return count[0];
    }

    /** One short line from the parser's report, which otherwise quotes the query and lists every expected token. */
    private static String problem(ParseException wrapper) {
        Throwable cause = wrapper.getCause() == null ? wrapper : wrapper.getCause();
        if (cause instanceof TokenMgrError error) {
            return error.getMessage().contains("<EOF>") ? "a quote or an escape (\\) is not closed"
                    : "a character the syntax does not allow";
        }
        if (cause instanceof IndexSearcher.TooManyClauses) {
            return "the query has too many terms";
        }
        if (cause instanceof ParseException parse && parse.currentToken != null) {
            Token next = parse.currentToken.next;
            if (next == null || next.kind == QueryParserConstants.EOF) {
                return "the query ends too early (an operator, a parenthesis or a range is not finished)";
            }
            return "unexpected '" + next.image + "'";
        }
        return cause.getMessage().replaceAll("\\s+", " ").strip();
    }
}
