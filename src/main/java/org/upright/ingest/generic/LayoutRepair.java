package org.upright.ingest.generic;

import org.upright.ingest.text.LineShapes;
import java.util.ArrayList;
import java.util.List;
import org.upright.ingest.text.Layout;
import org.upright.ingest.text.LayoutParser;
import org.upright.ingest.text.Layout.Level;
import org.upright.ingest.text.RefText;

/**
 * Completes a parsed layout for documents outside the layout parser's home ground (the UPR compilation): headings
 * lettered without a roman level above them ("A. Introduction" in concluding observations), labels printed on a
 * line of their own ("A." then "Introduction"), unnumbered thematic headings stacked under a lettered one, and
 * text a page break cut off from its paragraph. Every heading's level is then set from its label in sequence, so
 * that "I." after "H." is a letter and "I." opening a document a roman numeral.
 */
public final class LayoutRepair {
    private static final int MAX_HEADINGS_IN_REGION = 6;

    private LayoutRepair() {
    }

    /** The layout with its headings found and levelled and cut-off text returned to its paragraph. */
    public static Layout repair(Layout layout) {
        List<Layout.Block> blocks = new ArrayList<>();
        boolean structure = false;
        for (Layout.Block block : layout.blocks()) {
            switch (block) {
                case Layout.Heading heading -> {
                    blocks.add(split(heading));
                    structure = true;
                }
                case Layout.Paragraph paragraph -> {
                    blocks.add(paragraph);
                    structure = true;
                }
                case Layout.Region region -> region(region, structure, blocks);
            }
        }
        return new Layout(level(blocks), layout.footnoteOrder(), layout.endMatter(), layout.endsInsideSentence());
    }

    /** "A. Introduction" read as an unnumbered heading gets its label back. */
    private static Layout.Heading split(Layout.Heading heading) {
        if (heading.number() != null) {
            return heading;
        }
        String[] parts = LineShapes.labelled(heading.title().text());
        if (parts == null) {
            return heading;
        }
        int at = heading.title().text().indexOf(parts[1]);
        return new Layout.Heading(Level.UNNUMBERED, parts[0], heading.title().slice(at, heading.title().text().length()));
    }

    private static void region(Layout.Region region, boolean structure, List<Layout.Block> blocks) {
        List<RefText> lines = region.lines().stream()
                .filter(l -> !l.text().isEmpty() && !LineShapes.isPageNumber(l.text())).toList();
        if (lines.isEmpty()) {
            return; // page numbers and blank lines only
        }
        if (!structure) {
            // The title page: headings may close it ("A. Introduction" above paragraph 1), from a labelled line on.
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i).text();
                if (LineShapes.isLabelOnly(text) || LineShapes.labelled(text) != null) {
                    List<Layout.Heading> headings = headings(lines.subList(i, lines.size()));
                    if (headings != null) {
                        blocks.add(new Layout.Region(region.lines().subList(0, indexOf(region, lines.get(i))),
                                region.source()));
                        blocks.addAll(headings);
                        return;
                    }
                }
            }
            blocks.add(region);
            return;
        }
        List<Layout.Heading> headings = headings(lines);
        if (headings != null) {
            blocks.addAll(headings);
            return;
        }
        Layout.Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        if (last instanceof Layout.Paragraph paragraph && continues(paragraph, lines.get(0).text())) {
            List<RefText> parts = new ArrayList<>();
            parts.add(paragraph.text());
            parts.addAll(lines);
            blocks.set(blocks.size() - 1, new Layout.Paragraph(paragraph.number(), RefText.join(parts).strip(),
                    paragraph.page()));
            return;
        }
        blocks.add(region);
    }

    private static int indexOf(Layout.Region region, RefText line) {
        for (int i = 0; i < region.lines().size(); i++) {
            if (region.lines().get(i) == line) {
                return i;
            }
        }
        return region.lines().size();
    }

    /** Text cut off from a paragraph: the paragraph stopped mid-sentence, or the text goes on in lower case or a list. */
    private static boolean continues(Layout.Paragraph paragraph, String first) {
        return !LineShapes.endsSentence(paragraph.text().text()) || LineShapes.startsLowerCase(first)
                || first.matches("\\([a-z]{1,4}\\)(?:\\s.*)?") || "”’\"".indexOf(first.charAt(0)) >= 0;
    }

    /** The headings the lines make, or null if they are not all headings. */
    static List<Layout.Heading> headings(List<RefText> lines) {
        List<Layout.Heading> headings = new ArrayList<>();
        String label = null;
        String pendingLabel = null;
        List<RefText> title = new ArrayList<>();
        for (RefText line : lines) {
            String text = line.text();
            String[] labelled = LineShapes.labelled(text);
            if (LineShapes.isLabelOnly(text)) {
                flush(headings, label, title);
                label = null;
                pendingLabel = text.substring(0, text.length() - 1);
            } else if (labelled != null) {
                flush(headings, label, title);
                label = labelled[0];
                title.add(line.slice(text.indexOf(labelled[1]), text.length()));
            } else if (LineShapes.startsLowerCase(text) && !title.isEmpty()) {
                title.add(line); // a wrapped title
            } else if (LineShapes.isTitle(text)) {
                flush(headings, label, title);
                label = pendingLabel;
                pendingLabel = null;
                title.add(line);
            } else {
                return null;
            }
        }
        flush(headings, label, title);
        if (pendingLabel != null || headings.isEmpty() || headings.size() > MAX_HEADINGS_IN_REGION) {
            return null;
        }
        for (Layout.Heading heading : headings) {
            if (!LineShapes.isTitle(heading.title().text())) {
                return null;
            }
        }
        return headings;
    }

    private static void flush(List<Layout.Heading> headings, String label, List<RefText> title) {
        if (title.isEmpty()) {
            return;
        }
        headings.add(new Layout.Heading(Level.UNNUMBERED, label, RefText.join(title).strip()));
        title.clear();
    }

    /** Sets each heading's level from its label, in sequence. */
    private static List<Layout.Block> level(List<Layout.Block> blocks) {
        List<Layout.Block> out = new ArrayList<>(blocks.size());
        char lastLetter = 0;
        int lastRoman = 0;
        for (Layout.Block block : blocks) {
            if (!(block instanceof Layout.Heading heading) || heading.number() == null) {
                out.add(block);
                continue;
            }
            String label = heading.number();
            Level level;
            if (Character.isDigit(label.charAt(0))) {
                level = Level.NUMBER;
            } else if (label.length() > 1) {
                level = Level.ROMAN;
            } else {
                char c = label.charAt(0);
                boolean letterFits = c == (lastLetter == 0 ? 'A' : lastLetter + 1);
                int roman = LayoutParser.romanValue(label);
                level = !letterFits && roman > lastRoman ? Level.ROMAN : Level.LETTER;
            }
            if (level == Level.ROMAN) {
                lastRoman = LayoutParser.romanValue(label);
                lastLetter = 0;
            } else if (level == Level.LETTER) {
                lastLetter = label.charAt(0);
            }
            out.add(new Layout.Heading(level, label, heading.title()));
        }
        return out;
    }
}
