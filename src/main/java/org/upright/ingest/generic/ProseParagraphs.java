package org.upright.ingest.generic;

import org.upright.ingest.text.LineShapes;
import java.util.ArrayList;
import java.util.List;
import org.upright.ingest.text.Layout;
import org.upright.ingest.text.RefText;

/**
 * The paragraphs of a document that numbers none (a Council decision: "Acting in compliance with ...;", "Having
 * conducted ...;", "Adopts ..."), numbered by position as the UN cites unnumbered preambular paragraphs.
 *
 * <p>A paragraph is a run of full-width lines closed by a line that ends a sentence or clause (". ; :"); short
 * lines on their own (titles, "22nd meeting", dates, "[Adopted without a vote.]") are no paragraphs.
 */
final class ProseParagraphs {
    /** Lines at least this long are full-width body lines; titles and meeting lines are shorter. */
    private static final int FULL_LINE = 60;

    private ProseParagraphs() {
    }

    static List<Layout.Paragraph> of(Layout layout) {
        List<Layout.Paragraph> paragraphs = new ArrayList<>();
        List<RefText> run = new ArrayList<>();
        int page = 1;
        for (Layout.Block block : layout.blocks()) {
            if (!(block instanceof Layout.Region region)) {
                continue;
            }
            for (int i = 0; i < region.lines().size(); i++) {
                RefText line = region.lines().get(i);
                String text = line.text();
                if (text.isEmpty()) {
                    run.clear();
                    continue;
                }
                if (run.isEmpty() && i < region.source().size()) {
                    page = region.source().get(i).page();
                }
                run.add(line);
                boolean full = text.length() >= FULL_LINE;
                boolean closes = LineShapes.endsSentence(text) && text.matches(".*[.;:][\"”’)]?\\s*\\d{0,3}$");
                if (closes && (full || run.size() > 1) && anyFull(run)) {
                    paragraphs.add(new Layout.Paragraph(paragraphs.size() + 1, RefText.join(run).strip(), page));
                    run.clear();
                } else if (!full) {
                    run.clear();
                }
            }
            run.clear();
        }
        return paragraphs;
    }

    private static boolean anyFull(List<RefText> run) {
        return run.stream().anyMatch(l -> l.text().length() >= FULL_LINE);
    }
}
