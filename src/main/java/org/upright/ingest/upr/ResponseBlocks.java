package org.upright.ingest.upr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the State's responses (A/HRC/.../Add.1) into headings, prose (numbered paragraphs or not) and rows: a row
 * starts with the numbers of the recommendations it answers ("95.14– 15 X considers ...", "5., 6., 7.
 * The Government accepts ...", a table's "95.1 Supported ..."), and runs to the next row, heading or paragraph.
 * Whether rows are numbered "95.12" or "12." (cycle 1, items of the report's list) is decided once per document.
 */
final class ResponseBlocks {
    private static final Pattern PARAGRAPH = Pattern.compile("(\\d{1,3})\\.\\s+(\\S.*)");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.;:!?][\"”’)]?$");
    private static final int TITLE_MAX = 150;
    /** Rows numbered "95.12" must be this many before the document counts as numbered so. */
    private static final int DOTTED_ROWS = 2;

    /** A part of the responses. */
    sealed interface Block permits Heading, Prose, Row {
        String text();
    }

    /** A heading, such as "Noted recommendations". */
    record Heading(String text) implements Block {
    }

    /** Prose, with its paragraph number when it has one. */
    record Prose(Integer number, String text) implements Block {
    }

    /** The response to the recommendations whose numbers start it, with the cells of its lines when a table. */
    record Row(List<String> numbers, String text, List<String> cells) implements Block {
    }

    /** The blocks, and whether recommendation numbers are written "95.12" (else "12", cycle 1). */
    record Blocks(List<Block> blocks, boolean dotted) {
    }

    private static final class Draft {
        final Integer number;
        final List<String> numbers;
        final List<String> lines = new ArrayList<>();
        final List<String> cells = new ArrayList<>();
        final boolean heading;
        boolean open;

        Draft(Integer number, List<String> numbers, boolean heading) {
            this.number = number;
            this.numbers = numbers == null ? null : new ArrayList<>(numbers);
            this.heading = heading;
        }

        void add(Line line, String text) {
            if (!text.isEmpty()) {
                lines.add(text);
            }
            cells.addAll(line.cells());
        }

        String last() {
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }

        Block block() {
            String text = ReportReader.join(lines);
            return numbers != null ? new Row(List.copyOf(numbers), text, List.copyOf(cells))
                    : heading ? new Heading(text) : new Prose(number, text);
        }
    }

    private ResponseBlocks() {
    }

    static Blocks read(List<Line> lines) {
        boolean dotted = dotted(lines);
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        int paragraph = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text();
            Optional<RecommendationNumbers.Leading> keys = RecommendationNumbers.leading(text)
                    .filter(k -> k.numbers().stream().allMatch(n -> n.contains(".") == dotted));
            if (current != null && current.numbers != null && current.open && keys.isPresent()) {
                current.numbers.addAll(keys.get().numbers()); // "40., 41., 42.," goes on with "43., 44."
                current.open = keys.get().open();
                current.add(line, keys.get().rest());
                continue;
            }
            String before = current == null || current.heading ? "" : current.last();
            if (keys.isPresent() && !RecommendationNumbers.leavesListOpen(before)) {
                current = new Draft(null, keys.get().numbers(), false);
                current.open = keys.get().open();
                current.add(line, keys.get().rest());
                drafts.add(current);
                continue;
            }
            Matcher m = PARAGRAPH.matcher(text);
            if (dotted && m.matches() && Integer.parseInt(m.group(1)) == paragraph + 1
                    && !RecommendationNumbers.leavesListOpen(before)) {
                paragraph++;
                current = new Draft(paragraph, null, false);
                current.add(line, m.group(2));
                drafts.add(current);
                continue;
            }
            if (current != null && current.heading && Character.isLowerCase(text.charAt(0))
                    && !SENTENCE_END.matcher(current.last()).matches()) {
                current.add(line, text);
                continue;
            }
            boolean ended = current == null || current.heading || SENTENCE_END.matcher(current.last()).matches();
            if (ended && headsBlock(lines, i, dotted)) {
                current = new Draft(null, null, true);
            } else if (current == null || current.heading) {
                current = new Draft(null, null, false);
            } else {
                current.add(line, text);
                continue;
            }
            current.add(line, text);
            drafts.add(current);
        }
        return new Blocks(drafts.stream().map(Draft::block).toList(), dotted);
    }

    /** Whether the document numbers recommendations "95.12": rows so numbered, or "recommendation 95.12" in prose. */
    private static boolean dotted(List<Line> lines) {
        int rows = 0;
        for (Line line : lines) {
            if (!RecommendationNumbers.paragraphsNamed(line.text()).isEmpty()) {
                return true;
            }
            Optional<RecommendationNumbers.Leading> keys = RecommendationNumbers.leading(line.text());
            boolean dottedRow = keys.isPresent() && keys.get().numbers().stream().allMatch(n -> n.contains("."));
            if (dottedRow && ++rows >= DOTTED_ROWS) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line is a title (with the lower-case lines that wrap it) before a row or a numbered paragraph. */
    private static boolean headsBlock(List<Line> lines, int at, boolean dotted) {
        StringBuilder title = new StringBuilder(lines.get(at).text());
        int next = at + 1;
        while (next < lines.size() && Character.isLowerCase(lines.get(next).text().charAt(0))) {
            title.append(' ').append(lines.get(next++).text());
        }
        if (next >= lines.size() || !isTitle(title.toString())) {
            return false;
        }
        String text = lines.get(next).text();
        return RecommendationNumbers.leading(text).isPresent() || (dotted && PARAGRAPH.matcher(text).matches());
    }

    private static boolean isTitle(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && text.length() <= TITLE_MAX
                && !SENTENCE_END.matcher(text).matches();
    }
}
