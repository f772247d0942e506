package org.upright.search.lucene;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks the query's words in the whole text of each hit (entries are sentences, so no snippets) with Lucene's
 * unified highlighter: {@code <mark>...</mark>} around matches, everything else escaped for HTML, and a text without
 * a match escaped as it is.
 */
final class Highlights {
    /** Texts are sentences or paragraphs; past this many characters the rest is not shown marked. */
    private static final int MAX_CHARS = 100_000;

    private Highlights() {
    }

    static String[] of(IndexSearcher searcher, Query highlightQuery, ScoreDoc[] hits) throws IOException {
        if (hits.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, Analysis.HIGHLIGHT)
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(MAX_CHARS)
                .withHighlightPhrasesStrictly(true)
                .build();
        TopDocs page = new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), hits);
        return highlighter.highlight(EntryFields.TEXT, highlightQuery, page, 1);
    }
}
