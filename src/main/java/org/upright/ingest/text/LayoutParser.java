package org.upright.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.ingest.text.Layout.Level;
import org.upright.reference.Instruments;

/**
 * Finds the structure of a plain-text UN document: headings numbered I., A., 1. (or not numbered), paragraphs
 * numbered 1, 2, 3 ... through the whole document, and the lines between them.
 *
 * <p>Headings and paragraphs are told apart by their own numbering sequences (paragraph numbers rise through the
 * document, sub-heading numbers restart under each heading), and only where both fit by the text itself: a
 * heading is short and never ends a sentence.
 */
public final class LayoutParser {
    private static final Pattern ROMAN = Pattern.compile("([IVXL]{1,5})\\.\\s+(\\S.*)");
    private static final Pattern LETTER = Pattern.compile("([A-Z])\\.\\s+(\\S.*)");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})\\.(?:\\s+(.*))?");
    private static final Pattern END_MATTER = Pattern.compile("(?i)(?:end)?notes|footnotes");
    private static final Pattern FURNITURE = Pattern.compile(
            "(?=.*\\d)[A-Z]{1,6}(?:\\.\\d+)?(?:/[A-Za-z0-9.-]+){2,}|(?i:GE\\.\\d{2}-\\d{4,6}.*|page \\d+|please recycle.*)");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.;:!?][\"”’)]?\\s*\\d{0,3}$");
    private static final int TITLE_MAX = 160;
    private static final Pattern HEADING_NUMBER = Pattern.compile("(?:[IVX]{1,5}|[A-Z]|\\d{1,2})\\.");
    private static final Pattern COMPOUND = Pattern.compile("\\b[A-Za-z]+(?:-[a-z]+)+\\b");

    private final FootnoteDetector footnotes;

    public LayoutParser(FootnoteDetector footnotes) {
        this.footnotes = footnotes;
    }

    /** A parser whose footnote detector protects the instrument names that contain digits ("ICCPR-OP 1"). */
    public static LayoutParser using(Instruments instruments) {
        return new LayoutParser(new FootnoteDetector(line -> instruments.findAbbreviations(line).stream()
                .map(m -> new int[] {m.start(), m.end()}).toList()));
    }

    /** A block while lines are gathered, before footnotes are taken out. */
    private static final class Draft {
        final Level level;
        final String number;
        final int paragraph;
        final List<String> lines = new ArrayList<>();
        /** The same lines with the references the reader found (PDF), and the reader's lines. */
        final List<RefText> given = new ArrayList<>();
        final List<DocLine> source = new ArrayList<>();
        int page;

        void add(DocLine line, String piece) {
            lines.add(piece);
            source.add(line);
            if (piece.isEmpty()) {
                given.add(RefText.of(""));
                return;
            }
            int start = line.text().lastIndexOf(piece);
            given.add(start < 0 ? RefText.of(piece) : line.refText().slice(start, start + piece.length()));
            if (lines.size() == 1) {
                page = line.page();
            }
        }

        Draft(Level level, String number, int paragraph) {
            this.level = level;
            this.number = number;
            this.paragraph = paragraph;
        }

        boolean isParagraph() {
            return paragraph > 0;
        }

        boolean isHeading() {
            return level != null;
        }

        String last() {
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    /** The structure of a document as its reader delivered it; its page-bottom notes go to the end matter. */
    public Layout parse(ReadDocument document) {
        Layout layout = parse(document.lines(), !document.referencesFound());
        if (document.notes().isEmpty()) {
            return layout;
        }
        List<DocLine> endMatter = new ArrayList<>(document.notes());
        endMatter.addAll(layout.endMatter());
        return new Layout(layout.blocks(), layout.footnoteOrder(), endMatter, layout.endsInsideSentence());
    }

    /**
     * Parses the document's lines. Plain text carries its footnote numbers as digits in the text, found here
     * ({@code findReferences}); a PDF reader delivers the references it saw as superscripts with the lines.
     */
    public Layout parse(List<DocLine> given, boolean findReferences) {
        List<DocLine> lines = withoutFurniture(given);
        List<Draft> drafts = new ArrayList<>();
        List<DocLine> endMatter = new ArrayList<>();
        int expectedParagraph = 1;
        int roman = 0;
        char letter = 'A';
        int sub = 1;
        Draft current = null;
        for (int i = 0; i < lines.size(); i++) {
            DocLine line = lines.get(i);
            String text = line.text();
            if (text.isEmpty()) {
                if (current != null && current.isParagraph() && !endsSentence(current.last())) {
                    continue; // a blank inside a paragraph is an artefact of the text extraction
                }
                if (current != null && !current.isParagraph() && !current.isHeading()) {
                    current.add(line, "");
                }
                if (current != null && (current.isParagraph() || current.isHeading())) {
                    current = null;
                }
                continue;
            }
            if (expectedParagraph > 1 && END_MATTER.matcher(text).matches()) {
                endMatter.addAll(lines.subList(i + 1, lines.size()));
                break;
            }
            Matcher m;
            if ((m = ROMAN.matcher(text)).matches() && romanValue(m.group(1)) == roman + 1 && startsUpper(m.group(2))) {
                roman++;
                letter = 'A';
                sub = 1;
                current = heading(drafts, Level.ROMAN, m.group(1), line, m.group(2));
                continue;
            }
            if ((m = LETTER.matcher(text)).matches() && m.group(1).charAt(0) == letter && startsUpper(m.group(2))
                    && roman > 0) {
                letter++;
                sub = 1;
                current = heading(drafts, Level.LETTER, m.group(1), line, m.group(2));
                continue;
            }
            if ((m = NUMBERED.matcher(text)).matches()) {
                int n = Integer.parseInt(m.group(1));
                String rest = m.group(2) == null ? "" : m.group(2).strip();
                boolean paragraph = n == expectedParagraph;
                boolean subHeading = n == sub && startsUpper(rest) && roman > 0;
                if (paragraph && subHeading) {
                    // Where the reader saw the print (PDF), UN sub-headings are bold and paragraphs are not.
                    subHeading = line.style() != null ? line.style().bold() && !endsSentence(rest)
                            : isTitle(rest, lines, i);
                    paragraph = !subHeading;
                }
                if (subHeading) {
                    sub++;
                    current = heading(drafts, Level.NUMBER, m.group(1), line, rest);
                    continue;
                }
                if (paragraph || (n > expectedParagraph && n <= expectedParagraph + 2 && current != null
                        && current.isParagraph() && startsUpper(rest) && endsSentence(current.last()))) {
                    expectedParagraph = n + 1;
                    current = new Draft(null, null, n);
                    drafts.add(current);
                    current.page = line.page();
                    if (!rest.isEmpty()) {
                        current.add(line, rest);
                    }
                    continue;
                }
            }
            if (current != null && current.isHeading() && continuesHeading(current, text)) {
                current.add(line, text);
                continue;
            }
            if (current != null && current.isParagraph()) {
                current.add(line, text);
                continue;
            }
            boolean afterStructure = current == null || current.isHeading();
            if (afterStructure && isUnnumberedHeading(text, lines, i, expectedParagraph)) {
                current = heading(drafts, Level.UNNUMBERED, null, line, text);
                continue;
            }
            if (current == null || current.isHeading()) {
                current = new Draft(null, null, 0);
                drafts.add(current);
            }
            current.add(line, text);
        }
        return finish(drafts, endMatter, findReferences);
    }

    /**
     * Drops page furniture (running headers, job numbers, page numbers, bar codes) and joins a heading number that
     * text extraction set apart from its title ("A." / blank / "Cross-cutting issues").
     */
    private static List<DocLine> withoutFurniture(List<DocLine> lines) {
        List<DocLine> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            DocLine line = lines.get(i);
            String text = line.text();
            if (FURNITURE.matcher(text).matches() || isBarCode(text) || isPageNumber(lines, i)) {
                continue;
            }
            if (HEADING_NUMBER.matcher(text).matches() && i + 2 < lines.size() && lines.get(i + 1).blank()) {
                DocLine title = lines.get(i + 2);
                String t = title.text();
                if (!t.isEmpty() && Character.isUpperCase(t.charAt(0)) && t.length() <= TITLE_MAX && !endsSentence(t)) {
                    String joined = text + " " + t;
                    List<FootnoteRef> refs = new ArrayList<>();
                    title.refs().forEach(r -> refs.add(new FootnoteRef(r.number(), r.offset() + text.length() + 1)));
                    kept.add(new DocLine(joined, refs, line.page(), line.pageBreak(), line.style()));
                    i += 2;
                    continue;
                }
            }
            kept.add(line);
        }
        return kept;
    }

    private static boolean isBarCode(String text) {
        return !text.isEmpty() && text.codePoints()
                .allMatch(cp -> (cp >= 0xE000 && cp <= 0xF8FF) || Character.isWhitespace(cp));
    }

    /** A lone number that begins or ends a page: a page number, not text. */
    private static boolean isPageNumber(List<DocLine> lines, int i) {
        DocLine line = lines.get(i);
        if (!line.text().matches("\\d{1,3}")) {
            return false;
        }
        if (line.pageBreak()) {
            return true;
        }
        int next = i + 1;
        while (next < lines.size() && lines.get(next).blank() && !lines.get(next).pageBreak()) {
            next++;
        }
        return next < lines.size() && lines.get(next).pageBreak() && (i == 0 || lines.get(i - 1).blank());
    }

    private static Draft heading(List<Draft> drafts, Level level, String number, DocLine line, String title) {
        Draft draft = new Draft(level, number, 0);
        draft.add(line, title);
        drafts.add(draft);
        return draft;
    }

    private Layout finish(List<Draft> drafts, List<DocLine> endMatter, boolean findReferences) {
        List<String> all = new ArrayList<>();
        List<RefText> given = new ArrayList<>();
        for (Draft d : drafts) {
            all.addAll(d.lines);
            given.addAll(d.given);
        }
        FootnoteDetector.Result found = findReferences ? footnotes.detect(all) : asGiven(given);
        Map<String, String> hyphens = droppedHyphens(all);
        List<Layout.Block> blocks = new ArrayList<>();
        int at = 0;
        boolean insideSentence = false;
        for (Draft d : drafts) {
            List<RefText> clean = found.lines().subList(at, at + d.lines.size());
            at += d.lines.size();
            if (d.isHeading()) {
                blocks.add(new Layout.Heading(d.level, d.number, RefText.join(clean).strip().respell(hyphens)));
            } else if (d.isParagraph()) {
                RefText text = RefText.join(clean).strip().respell(hyphens);
                blocks.add(new Layout.Paragraph(d.paragraph, text, d.page));
                insideSentence = !endsSentence(d.last());
            } else {
                blocks.add(new Layout.Region(List.copyOf(clean), List.copyOf(d.source)));
            }
        }
        return new Layout(blocks, found.order(), endMatter, insideSentence);
    }

    /** References a reader found, in reading order. */
    private static FootnoteDetector.Result asGiven(List<RefText> lines) {
        List<Integer> order = new ArrayList<>();
        lines.forEach(l -> order.addAll(l.numbers()));
        return new FootnoteDetector.Result(lines, order);
    }

    /**
     * Compounds the document spells with a hyphen ("ill-treatment") that also occur run together ("illtreatment"),
     * which is what text extraction leaves where such a compound was broken at a line end.
     */
    static Map<String, String> droppedHyphens(List<String> lines) {
        Map<String, String> hyphenated = new HashMap<>();
        for (String line : lines) {
            if (line.indexOf('-') < 0) {
                continue;
            }
            Matcher m = COMPOUND.matcher(line);
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                hyphenated.put(w.replace("-", ""), w);
            }
        }
        if (hyphenated.isEmpty()) {
            return Map.of();
        }
        Set<String> found = new HashSet<>();
        for (String line : lines) {
            int i = 0;
            int n = line.length();
            while (i < n) {
                while (i < n && !isAsciiLetter(line.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && isAsciiLetter(line.charAt(i))) {
                    i++;
                }
                boolean compound = (start > 0 && line.charAt(start - 1) == '-') || (i < n && line.charAt(i) == '-');
                if (i - start >= 4 && !compound) {
                    String word = line.substring(start, i).toLowerCase(Locale.ROOT);
                    if (hyphenated.containsKey(word)) {
                        found.add(word);
                    }
                }
            }
        }
        hyphenated.keySet().retainAll(found);
        return hyphenated;
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Whether a line ends a sentence, a reference number after the punctuation allowed. */
    static boolean endsSentence(String line) {
        return SENTENCE_END.matcher(line).matches();
    }

    private static boolean startsUpper(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** A heading's title never ends a sentence; a paragraph's first sentence ends, on this line or a lower-case continuation. */
    private static boolean isTitle(String rest, List<DocLine> lines, int at) {
        StringBuilder joined = new StringBuilder(rest);
        for (int j = at + 1; j < lines.size(); j++) {
            String next = lines.get(j).text();
            if (next.isEmpty() || !Character.isLowerCase(next.charAt(0))) {
                break;
            }
            joined.append(' ').append(next);
        }
        return joined.length() <= TITLE_MAX && !endsSentence(joined.toString());
    }

    private static boolean continuesHeading(Draft heading, String text) {
        String title = String.join(" ", heading.lines);
        if (title.length() > TITLE_MAX || endsSentence(title)) {
            return false;
        }
        if (Character.isLowerCase(text.charAt(0))) {
            return true;
        }
        // An all-capitals title wrapped onto a second all-capitals line.
        return heading.level == Level.ROMAN && title.equals(title.toUpperCase()) && text.equals(text.toUpperCase())
                && text.chars().anyMatch(Character::isLetter) && !NUMBERED.matcher(text).matches();
    }

    /** A short, title-like line directly followed by the next paragraph, after a heading or a paragraph's end. */
    private static boolean isUnnumberedHeading(String text, List<DocLine> lines, int at, int expectedParagraph) {
        if (!startsUpper(text) || text.length() > TITLE_MAX || endsSentence(text) || !text.contains(" ")) {
            return false;
        }
        if (at + 1 >= lines.size()) {
            return false;
        }
        Matcher next = NUMBERED.matcher(lines.get(at + 1).text());
        return next.matches() && Integer.parseInt(next.group(1)) == expectedParagraph;
    }

    /** The value of a roman numeral ("IV" is 4); 0 for anything else. */
    public static int romanValue(String numeral) {
        if (!numeral.matches("[IVXL]+")) {
            return 0;
        }
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int v = switch (numeral.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}
