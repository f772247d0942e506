package org.upright.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.upright.ingest.text.DocLine;

/**
 * Finds the footnotes at a page's bottom: the lines below a separator rule (a line drawn in the lower part of the
 * page, or a line of underscores), all of them set smaller than the body text above it, the first of them close
 * under the rule and starting with a note's mark (a number, asterisks, a dagger) unless it goes on with a note of the
 * page before. A page without such a rule has no footnotes: notes are never guessed from the text alone.
 */
final class PageNotes {
    /** The separator is in the lower part of the page... */
    private static final float LOWEST_START = 0.35f;
    /** ...and the first note stands at most this many of its line heights under it. */
    private static final float MAX_DROP = 3f;
    /** Notes are set at least this much smaller than the body. */
    private static final float SMALLER = 0.4f;

    private PageNotes() {
    }

    /** A page's lines split into body and footnotes. */
    record Split(List<DocLine> body, List<DocLine> notes) {
    }

    private static final Pattern UNDERSCORES = Pattern.compile("_{8,}");
    private static final Pattern MARK = Pattern.compile("(?:\\d{1,4}|\\*{1,4}|[†‡§]{1,3})(?:\\s.*)?");

    /**
     * The page's body and notes; {@code continuing} says whether the page before ended with notes, so that the first
     * note line here may go on with the last note there.
     */
    static Split split(List<DocLine> lines, List<Rule> drawn, float pageHeight, boolean continuing) {
        List<Float> separators = new ArrayList<>();
        for (Rule r : drawn) {
            if (r.y() > LOWEST_START * pageHeight) {
                separators.add(r.y());
            }
        }
        for (DocLine line : lines) {
            if (isUnderscores(line) && line.style().y() > LOWEST_START * pageHeight) {
                separators.add(line.style().y());
            }
        }
        separators.sort(Comparator.naturalOrder());
        for (float y : separators) {
            int first = firstBelow(lines, y);
            if (first < 0 || first == 0) {
                continue;
            }
            List<DocLine> above = lines.subList(0, first);
            List<DocLine> below = lines.subList(first, lines.size());
            if (isNotes(above, below, y, continuing)) {
                List<DocLine> notes = new ArrayList<>(below);
                notes.removeIf(PageNotes::isUnderscores);
                List<DocLine> body = new ArrayList<>(above);
                if (isUnderscores(body.get(body.size() - 1))) {
                    body.remove(body.size() - 1); // the separator typed as text
                }
                return new Split(body, notes);
            }
        }
        return new Split(lines, List.of());
    }

    private static int firstBelow(List<DocLine> lines, float y) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).style().y() > y + 0.5f) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNotes(List<DocLine> above, List<DocLine> below, float ruleY, boolean continuing) {
        float body = dominantSize(above);
        DocLine first = below.get(0);
        if (isUnderscores(first) && below.size() > 1) {
            first = below.get(1);
        }
        if (!continuing && !MARK.matcher(first.text()).matches()) {
            return false;
        }
        float drop = first.style().y() - ruleY;
        if (drop > MAX_DROP * Math.max(first.style().fontSize(), 1f)) {
            return false;
        }
        for (DocLine line : below) {
            if (line.style().fontSize() > body - SMALLER && !isUnderscores(line)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUnderscores(DocLine line) {
        return UNDERSCORES.matcher(line.text()).matches();
    }

    /** The size most of the text is set in. */
    static float dominantSize(List<DocLine> lines) {
        Map<Float, Integer> sizes = new HashMap<>();
        for (DocLine line : lines) {
            sizes.merge(line.style().fontSize(), line.text().length(), Integer::sum);
        }
        return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }
}
