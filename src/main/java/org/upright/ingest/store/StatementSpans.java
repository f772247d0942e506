package org.upright.ingest.store;

import java.util.ArrayList;
import java.util.List;
import org.upright.ingest.model.Statement;

/**
 * Where each statement stands in its paragraph's text, so that a page can highlight the very sentence a fact came
 * from. The statements tile the paragraph (their texts joined with single spaces give it), so each is looked for in
 * order from where the previous one ended; one that is not found there gets no span and the next is looked for from
 * the same place.
 */
public final class StatementSpans {
    /** [start, end) in UTF-16 units of the paragraph's text. */
    public record Span(int start, int end) {
    }

    private StatementSpans() {
    }

    /** One span per statement, in their order; null for a statement whose text is not in the paragraph. */
    public static List<Span> locate(String paragraphText, List<Statement> statements) {
        List<Span> spans = new ArrayList<>(statements.size());
        int from = 0;
        for (Statement statement : statements) {
            String text = statement.text();
            int start = text == null || paragraphText == null ? -1 : paragraphText.indexOf(text, from);
            if (start < 0) {
                spans.add(null);
            } else {
                spans.add(new Span(start, start + text.length()));
                from = start + text.length();
            }
        }
        return spans;
    }
}
