package org.upright.ingest.compilation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.upright.ingest.text.RefText;

/** What table cells are, read from their text alone: blocks of lines, empty markers, continuations. */
final class Cells {
    private static final Set<String> DASHES = Set.of("-", "–", "—", "n/a", "N/A", "..", "...");
    private static final Set<String> OPEN_ENDINGS = Set.of(
            "since", "due", "in", "of", "and", "or", "to", "the", "on", "by", "from", "at", "for", "under", "with");

    private Cells() {
    }

    /** The runs of lines between blank lines. */
    static List<List<RefText>> blocks(List<RefText> lines) {
        List<List<RefText>> blocks = new ArrayList<>();
        List<RefText> current = new ArrayList<>();
        for (RefText line : lines) {
            if (line.text().isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line.strip());
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    /** "-" and the like: a cell that says there is nothing. */
    static boolean isDash(String text) {
        return DASHES.contains(text.strip());
    }

    /**
     * Whether {@code next} continues the cell that {@code current} began: it starts in lower case, or the current
     * line stops on a word or mark that cannot end a cell ("overdue since", "Binding declaration under").
     */
    static boolean continues(String current, String next) {
        if (next.isEmpty()) {
            return false;
        }
        if (Character.isLowerCase(next.charAt(0))) {
            return true;
        }
        String c = current.strip();
        if (c.endsWith(",") || c.endsWith("(") || c.endsWith(":") || c.endsWith("/")) {
            return true;
        }
        int space = c.lastIndexOf(' ');
        String lastWord = c.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
        return OPEN_ENDINGS.contains(lastWord);
    }
}
