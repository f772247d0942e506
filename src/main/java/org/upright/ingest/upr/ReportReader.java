package org.upright.ingest.upr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.ingest.model.Section;
import org.upright.ingest.text.RefText;

/**
 * Reads the structure of a Working Group report from its clean lines: headings (I., A., unnumbered), paragraphs
 * numbered 1, 2, 3 ... through the document, and the recommendation lists that paragraphs introduce, numbered
 * "95.1", "95.2" ... (cycle 2 on) or "1.", "2." ... under the paragraph (cycle 1). An item ends where the next one
 * starts or the list ends; reading stops at the annex (the delegation's composition).
 */
final class ReportReader {
    private static final Pattern ROMAN = Pattern.compile("([IVX]{1,4})\\.\\s+(\\S.*)");
    private static final Pattern LETTER = Pattern.compile("([A-H])\\.\\s+(\\S.*)");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})\\.(?:\\s+(\\S.*))?");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.?(?:\\s+(\\S.*))?");
    private static final Pattern ANNEX = Pattern.compile("(?i)annexe?s?\\b(?:\\s+[IVX\\d]+)?\\W*.{0,20}");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.;:!?][\"”’)]?$");
    /** Words with which an item goes on to the next: "...(Brazil);" or "... and". */
    private static final Pattern ITEM_GOES_ON = Pattern.compile(".*(?:[;,]|\\band|\\bor)$");
    private static final Pattern MENTIONS_RECOMMENDATIONS = Pattern.compile("(?i)\\brecommendation");
    private static final int TITLE_MAX = 150;
    /** Items a list may skip (a misprint) before a number is no longer taken as its next item. */
    private static final int ITEM_GAP = 3;

    /** A numbered paragraph: its number, sections and text (for a list, the introduction only). */
    record ParagraphText(int number, List<String> path, String text, int page) {
    }

    /** A recommendation as printed in a list: its number ("95.12"; "95.12" for item 12 of a cycle-1 list too). */
    record Item(String number, String text) {
    }

    /** A list of recommendations and the paragraph that introduces it. */
    record RecommendationList(int paragraph, String introduction, List<Item> items) {
    }

    /** What the reader found. */
    record Report(List<Section> sections, List<ParagraphText> paragraphs, List<RecommendationList> lists) {
    }

    /** The page of the line being read. */
    private int page;

    private static final class ParagraphDraft {
        final int number;
        final List<String> path;
        final List<String> lines = new ArrayList<>();
        final List<ItemDraft> items = new ArrayList<>();
        final int page;
        boolean plainItems;

        ParagraphDraft(int number, List<String> path, int page) {
            this.number = number;
            this.path = path;
            this.page = page;
        }

        int nextItem() {
            return items.size() + 1;
        }

        ItemDraft lastItem() {
            return items.isEmpty() ? null : items.get(items.size() - 1);
        }

        /** A cycle-1 list: "1.", "2." ... after an introduction that speaks of recommendations. */
        boolean takesPlainItems() {
            return items.isEmpty() ? MENTIONS_RECOMMENDATIONS.matcher(String.join(" ", lines)).find() : plainItems;
        }
    }

    private static final class ItemDraft {
        final int item;
        final List<String> lines = new ArrayList<>();

        ItemDraft(int item, String first) {
            this.item = item;
            if (first != null) {
                lines.add(first);
            }
        }

        String last() {
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    private final Sections sections = new Sections();
    private final List<ParagraphDraft> paragraphs = new ArrayList<>();
    private final List<String> warnings;
    private ParagraphDraft paragraph;
    private boolean inHeading;
    private int roman;
    private char letter = 'A';

    private ReportReader(List<String> warnings) {
        this.warnings = warnings;
    }

    static Report read(List<Line> lines, List<String> warnings) {
        ReportReader reader = new ReportReader(warnings);
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (reader.roman > 0 && ANNEX.matcher(text).matches()) {
                break;
            }
            reader.accept(text, lines, i);
        }
        return reader.result();
    }

    private void accept(String text, List<Line> lines, int at) {
        page = lines.get(at).page();
        if (heading(text)) {
            return;
        }
        Matcher m = DOTTED.matcher(text);
        if (paragraph != null && m.matches() && Integer.parseInt(m.group(1)) == paragraph.number
                && !paragraph.plainItems && isNextItem(Integer.parseInt(m.group(2)))) {
            startItem(Integer.parseInt(m.group(2)), m.group(3));
            return;
        }
        m = NUMBERED.matcher(text);
        if (m.matches() && numbered(Integer.parseInt(m.group(1)), m.group(2))) {
            return;
        }
        if (inHeading && Character.isLowerCase(text.charAt(0))
                && !SENTENCE_END.matcher(sections.lastTitle()).matches()) {
            sections.continueTitle(text);
            return;
        }
        if (endsBlock() && unnumberedHeading(lines, at)) {
            sections.add(Sections.Level.UNNUMBERED, null, text);
            paragraph = null;
            inHeading = true;
            return;
        }
        inHeading = false;
        if (paragraph != null) {
            ItemDraft item = paragraph.lastItem();
            (item != null ? item.lines : paragraph.lines).add(text);
        }
    }

    private boolean heading(String text) {
        Matcher m = ROMAN.matcher(text);
        if (m.matches() && romanValue(m.group(1)) == roman + 1 && isTitle(m.group(2))) {
            roman++;
            letter = 'A';
            openHeading(Sections.Level.ROMAN, m.group(1), m.group(2));
            return true;
        }
        m = LETTER.matcher(text);
        if (roman > 0 && m.matches() && m.group(1).charAt(0) == letter && isTitle(m.group(2))) {
            letter++;
            openHeading(Sections.Level.LETTER, m.group(1), m.group(2));
            return true;
        }
        return false;
    }

    private void openHeading(Sections.Level level, String number, String title) {
        sections.add(level, number, title);
        paragraph = null;
        inHeading = true;
    }

    /** A line starting with a number: the next item of a cycle-1 list, or the next paragraph. */
    private boolean numbered(int n, String rest) {
        boolean item = paragraph != null && paragraph.takesPlainItems() && isNextItem(n);
        boolean next = n == expectedParagraph();
        if (item && next) {
            // Both fit ("96." after item 95 of paragraph 95): items go on after ";", the list ends with ".".
            item = ITEM_GOES_ON.matcher(paragraph.lastItem().last()).matches();
        }
        if (item) {
            paragraph.plainItems = true;
            startItem(n, rest);
            return true;
        }
        if (next && (rest == null || !Character.isLowerCase(rest.charAt(0)))) {
            paragraph = new ParagraphDraft(n, sections.path(), page);
            paragraphs.add(paragraph);
            if (rest != null) {
                paragraph.lines.add(rest);
            }
            inHeading = false;
            return true;
        }
        return false;
    }

    private boolean isNextItem(int n) {
        int next = paragraph.nextItem();
        return n == next || (next > 1 && n > next && n < next + ITEM_GAP);
    }

    private void startItem(int n, String rest) {
        if (n != paragraph.nextItem()) {
            warnings.add("recommendations " + paragraph.number + "." + paragraph.nextItem() + " to "
                    + paragraph.number + "." + (n - 1) + " are missing from the list of paragraph " + paragraph.number);
        }
        paragraph.items.add(new ItemDraft(n, rest));
        inHeading = false;
    }

    private int expectedParagraph() {
        return paragraphs.isEmpty() ? 1 : paragraphs.get(paragraphs.size() - 1).number + 1;
    }

    private boolean endsBlock() {
        if (paragraph == null) {
            return true;
        }
        ItemDraft item = paragraph.lastItem();
        List<String> lines = item != null ? item.lines : paragraph.lines;
        return lines.isEmpty() || SENTENCE_END.matcher(lines.get(lines.size() - 1)).matches();
    }

    /** A short title-like line (wrapped titles go on in lower case) right before the next paragraph. */
    private boolean unnumberedHeading(List<Line> lines, int at) {
        StringBuilder title = new StringBuilder(lines.get(at).text());
        int next = at + 1;
        while (next < lines.size() && Character.isLowerCase(lines.get(next).text().charAt(0))) {
            title.append(' ').append(lines.get(next++).text());
        }
        if (next >= lines.size() || !isTitle(title.toString())) {
            return false;
        }
        Matcher m = NUMBERED.matcher(lines.get(next).text());
        return m.matches() && Integer.parseInt(m.group(1)) == expectedParagraph();
    }

    private static boolean isTitle(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && text.length() <= TITLE_MAX
                && !SENTENCE_END.matcher(text).matches();
    }

    private Report result() {
        List<ParagraphText> texts = new ArrayList<>();
        List<RecommendationList> lists = new ArrayList<>();
        for (ParagraphDraft p : paragraphs) {
            String text = join(p.lines);
            texts.add(new ParagraphText(p.number, p.path, text, p.page));
            if (!p.items.isEmpty()) {
                List<Item> items = p.items.stream()
                        .map(i -> new Item(p.number + "." + i.item, join(i.lines))).toList();
                lists.add(new RecommendationList(p.number, text, items));
            }
        }
        return new Report(sections.sections(), texts, lists);
    }

    /** Lines joined as printed: one space between them, none after a hyphen that ends a compound at a line end. */
    static String join(List<String> lines) {
        return RefText.join(lines.stream().map(RefText::of).toList()).text().strip();
    }

    static int romanValue(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int v = switch (numeral.toUpperCase(Locale.ROOT).charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}
