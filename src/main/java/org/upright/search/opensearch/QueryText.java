package org.upright.search.opensearch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import org.upright.search.QuerySyntaxException;
import org.upright.search.SearchQuery;

/**
 * A user's query text made ready for OpenSearch's query_string, with the rules the Lucene index applies while
 * parsing: bounded length and terms, known fields only, {@code year} a number, prefixes / wildcards / fuzzy words on
 * the exact wording (stems would not match what was typed), and slashes part of words (A/HRC/14/10) rather than the
 * start of a regular expression. Syntax errors proper are left to OpenSearch, which parses like Lucene.
 */
final class QueryText {
    /** The fields a query may name: the text and the filter fields. */
    static final Set<String> FIELDS = Set.of("text", "year", "type", "country", "speaker", "mechanism", "kind",
            "theme", "person", "sdg", "document", "position", "tracking");
    static final String EXACT = "text.exact";
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO", "&&", "||", "!", "+", "-");

    private final StringBuilder out = new StringBuilder();
    private final Deque<String> groupFields = new ArrayDeque<>();
    private String pendingField;
    private boolean inRange;
    private int terms;

    private QueryText() {
    }

    /** The text to send, or a {@link QuerySyntaxException} saying what is wrong with it. */
    static String prepare(String text) {
        if (text.length() > SearchQuery.MAX_LENGTH) {
            throw new QuerySyntaxException("the query is longer than " + SearchQuery.MAX_LENGTH + " characters");
        }
        QueryText scan = new QueryText();
        scan.scan(text);
        if (scan.terms > SearchQuery.MAX_TERMS) {
            throw new QuerySyntaxException("the query has more than " + SearchQuery.MAX_TERMS + " terms");
        }
        return scan.out.toString();
    }

    private void scan(String text) {
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                token.append(c).append(text.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                token.append(c);
            } else if (quoted) {
                token.append(c);
            } else if (Character.isWhitespace(c) || (!inRange && (c == '(' || c == ')'))) {
                token(token.toString());
                token.setLength(0);
                group(c);
                out.append(c);
            } else {
                token.append(c);
            }
        }
        token(token.toString());
    }

    private void group(char c) {
        if (c == '(') {
            groupFields.push(pendingField != null ? pendingField : groupFields.isEmpty() ? "" : groupFields.peek());
        } else if (c == ')' && !groupFields.isEmpty()) {
            groupFields.pop();
        }
        pendingField = null;
    }

    private void token(String token) {
        if (token.isEmpty()) {
            return;
        }
        pendingField = null;
        if (inRange || OPERATORS.contains(token)) {
            inRange &= !(token.endsWith("]") || token.endsWith("}"));
            out.append(slashesEscaped(token));
            return;
        }
        int start = 0;
        while (start < token.length() && "+-!".indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        String modifiers = token.substring(0, start);
        int colon = fieldEnd(token, start);
        String field = colon < 0 ? null : token.substring(start, colon);
        String value = colon < 0 ? token.substring(start) : token.substring(colon + 1);
        if (field != null && !FIELDS.contains(field)) {
            throw new QuerySyntaxException("unknown field '" + field + ":' (fields: " + String.join(", ",
                    new TreeSet<>(FIELDS)) + ")");
        }
        if (value.isEmpty()) {
            pendingField = field;
            out.append(token);
            return;
        }
        terms++;
        String effective = field != null ? field : groupFields.isEmpty() || groupFields.peek().isEmpty() ? "text"
                : groupFields.peek();
        boolean range = value.startsWith("[") || value.startsWith("{");
        inRange = range && !(value.endsWith("]") || value.endsWith("}"));
        if (effective.equals("year")) {
            checkYear(value, range);
        } else if (effective.equals("text") && range) {
            throw new QuerySyntaxException("ranges such as year:[2004 TO 2008] work on fields, not on words");
        }
        if (effective.equals("text") && !value.startsWith("\"") && isPattern(value)) {
            out.append(modifiers).append(EXACT).append(':').append(slashesEscaped(value));
        } else {
            out.append(slashesEscaped(token));
        }
    }

    private static void checkYear(String value, boolean range) {
        if (range || value.startsWith("\"")) {
            return;
        }
        String bare = value.replaceFirst("\\^[0-9.]+$", "");
        if (isPattern(bare)) {
            throw new QuerySyntaxException("year takes a number or a range, not " + bare);
        }
        if (!bare.matches("[0-9]{1,9}")) {
            throw new QuerySyntaxException("year takes a number such as 2009, not '" + bare + "'");
        }
    }

    /** Where an unescaped, unquoted colon ends a field name, or -1. */
    private static int fieldEnd(String token, int start) {
        for (int i = start; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"' || c == '[' || c == '{') {
                return -1;
            } else if (c == ':') {
                return i;
            }
        }
        return -1;
    }

    /** A prefix, a wildcard or a fuzzy word; a lone * (everything) is none. */
    private static boolean isPattern(String value) {
        if (value.equals("*")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?' || c == '~') {
                return true;
            }
        }
        return false;
    }

    private static String slashesEscaped(String token) {
        return token.replaceAll("(?<!\\\\)/", "\\\\/");
    }
}
