package org.upright.search.lucene;

import java.util.TreeSet;
import org.apache.lucene.document.IntField;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query parser with Upright's fields: bare words go to the stemmed text, quoted phrases, prefixes
 * and fuzzy words to the exact wording, {@code year} is a number, and unknown fields are refused. Terms are ANDed
 * unless OR is written. Not thread-safe: one parser per query.
 */
final class EntryQueryParser extends QueryParser {
    private static final String FIELDS = String.join(", ", new TreeSet<>(EntryFields.SEARCHABLE));

    /** Where exact-wording clauses go: the exact field to search, the text field to highlight. */
    private final String exactField;

    private EntryQueryParser(String exactField) {
        super(EntryFields.TEXT, Analysis.PER_FIELD);
        this.exactField = exactField;
        setDefaultOperator(Operator.AND);
        setAllowLeadingWildcard(false);
    }

    /** A parser for searching. */
    static EntryQueryParser forSearch() {
        return new EntryQueryParser(EntryFields.EXACT);
    }

    /**
     * A parser for highlighting: every text clause on the text field, which the highlighter re-analyses with both
     * the stemmed and the exact forms of each word ({@link Analysis#HIGHLIGHT}).
     */
    static EntryQueryParser forHighlighting() {
        return new EntryQueryParser(EntryFields.TEXT);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        checkField(field);
        if (field.equals(EntryFields.YEAR)) {
            return IntField.newExactQuery(field, year(queryText));
        }
        if (field.equals(EntryFields.TEXT) && quoted) {
            return newFieldQuery(Analysis.EXACT, exactField, queryText, true);
        }
        return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getRangeQuery(String field, String from, String to, boolean fromIncluded, boolean toIncluded)
            throws ParseException {
        checkField(field);
        if (field.equals(EntryFields.YEAR)) {
            int low = from == null ? Integer.MIN_VALUE : year(from) + (fromIncluded ? 0 : 1);
            int high = to == null ? Integer.MAX_VALUE : year(to) - (toIncluded ? 0 : 1);
            return IntField.newRangeQuery(field, low, high);
        }
        if (field.equals(EntryFields.TEXT)) {
            throw new ParseException("ranges such as year:[2004 TO 2008] work on fields, not on words");
        }
        return super.getRangeQuery(field, from, to, fromIncluded, toIncluded);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return super.getPrefixQuery(wordField(field, termStr + "*"), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if (termStr.equals("*")) {
            return new MatchAllDocsQuery();
        }
        return super.getWildcardQuery(wordField(field, termStr), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(wordField(field, termStr + "~"), termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        throw new ParseException("regular expressions (/.../) are not supported");
    }

    /** The field a pattern searches: the exact wording for text, as stems would not match what was typed. */
    private String wordField(String field, String pattern) throws ParseException {
        checkField(field);
        if (field.equals(EntryFields.YEAR)) {
            throw new ParseException("year takes a number or a range, not " + pattern);
        }
        return field.equals(EntryFields.TEXT) ? exactField : field;
    }

    private static void checkField(String field) throws ParseException {
        if (!EntryFields.SEARCHABLE.contains(field)) {
            throw new ParseException("unknown field '" + field + ":' (fields: " + FIELDS + ")");
        }
    }

    private static int year(String text) throws ParseException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ParseException("year takes a number such as 2009, not '" + text + "'");
        }
    }
}
