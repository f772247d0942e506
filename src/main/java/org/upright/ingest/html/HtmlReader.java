package org.upright.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.upright.common.BadInputException;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.LineStyle;
import org.upright.ingest.text.ReadDocument;
import org.upright.ingest.text.RefText;

/**
 * Reads an HTML document (a UN document or an OHCHR page published as HTML, or Upright's own compilation report)
 * into the lines the other readers deliver, so that the same recognisers and extractors run on it: each block
 * element's text is a line, superscript footnote numbers are references at their offsets, table rows are positioned
 * lines with one segment per cell, and the notes that references link to are the document's notes. Scripts, styles
 * and other non-text elements are never read, let alone run.
 */
public final class HtmlReader {
    /** Elements whose content is not the document's text. */
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "template", "noscript", "svg",
            "math", "object", "embed", "iframe", "canvas", "button", "select", "input", "textarea", "nav");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "blockquote", "pre", "section", "article", "header", "footer", "main", "aside",
            "figure", "figcaption", "caption", "address", "hr", "table", "tr", "td", "th", "body", "center");
    private static final Pattern HEADING = Pattern.compile("h[1-6]");
    /** A footnote mark: one number or several ("7, 8"); wider numbers are not references. */
    private static final Pattern REFERENCE = Pattern.compile("\\d{1,4}(?:\\s*[,;]\\s*\\d{1,4})*");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d{1,4})[.)]?\\s+");
    /** Points between lines, for the positions that tables are rebuilt from. */
    private static final float LEADING = 12;
    private static final float FONT_SIZE = 10;

    public HtmlReader() {
    }

    /**
     * The document's lines and notes.
     *
     * @throws BadInputException naming the file when it is empty, holds no text or cannot be parsed
     */
    public ReadDocument read(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new BadInputException(name + ": empty file");
        }
        try {
            Document document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
            ReadDocument read = new Reading(name, document).read();
            if (read.lines().stream().allMatch(DocLine::blank)) {
                throw new BadInputException(name + ": an HTML page without text");
            }
            return read;
        } catch (BadInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(name + ": unreadable HTML (" + e.getMessage() + ")", e);
        } catch (StackOverflowError e) {
            throw new BadInputException(name + ": unreadable HTML: elements nested too deeply", e);
        }
    }

    /** Whether bytes look like HTML: after a byte-order mark and white space, a doctype or an html tag. */
    public static boolean looksLikeHtml(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && i < 4096 && Character.isWhitespace(bytes[i])) {
            i++;
        }
        String head = new String(bytes, i, Math.min(bytes.length - i, 14), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** One read of one document. */
    private static final class Reading implements NodeFilter {
        private final String name;
        private final Document document;
        /** Ids that footnote references link to: the notes. */
        private final Set<String> noteIds = new HashSet<>();
        /** Ids of the references themselves, which the notes' back links point to. */
        private final Set<String> referenceIds = new HashSet<>();
        private final LineBuffer buffer = new LineBuffer();
        private final List<DocLine> lines = new ArrayList<>();
        private final List<DocLine> notes = new ArrayList<>();

        Reading(String name, Document document) {
            this.name = name;
            this.document = document;
        }

        ReadDocument read() {
            for (Element a : document.select("a[href^=#]")) {
                if (NUMBER.matcher(a.text().strip()).matches()) {
                    noteIds.add(a.attr("href").substring(1));
                    collectIds(a, referenceIds);
                }
            }
            NodeTraversor.filter(this, document.body());
            flush();
            return new ReadDocument(name, lines, notes, true, 1);
        }

        private static void collectIds(Element reference, Set<String> ids) {
            for (Element e = reference; e != null && !"p".equals(e.normalName()); e = e.parent()) {
                if (!e.id().isEmpty()) {
                    ids.add(e.id());
                }
                if (!"sup".equals(e.normalName()) && !"a".equals(e.normalName())) {
                    break;
                }
            }
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                buffer.append(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            if (SKIPPED.contains(tag) || isBackLink(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (isReference(e)) {
                numbers(e.text()).forEach(buffer::reference);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (!e.id().isEmpty() && noteIds.contains(e.id())) {
                note(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            if ("table".equals(tag)) {
                flush();
                lines.addAll(new TableLines(this::cellLines).lines(e, nextY()));
                blank();
                return FilterResult.SKIP_ENTIRELY;
            }
            if ("br".equals(tag)) {
                buffer.flush();
            } else if (BLOCKS.contains(tag)) {
                flush();
                if (HEADING.matcher(tag).matches()) {
                    buffer.enterHeading();
                }
                if ("li".equals(tag) && e.parent() != null && "ol".equals(e.parent().normalName())) {
                    buffer.append(itemNumber(e) + ". ");
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush();
                if (HEADING.matcher(e.normalName()).matches()) {
                    // No blank after a heading: an unnumbered heading is told by the paragraph right under it.
                    buffer.leaveHeading();
                } else {
                    blank();
                }
            }
            return FilterResult.CONTINUE;
        }

        /** A superscript footnote number, or a link to a note whose text is its number. */
        private boolean isReference(Element e) {
            String tag = e.normalName();
            if (!"sup".equals(tag) && !"a".equals(tag)) {
                return false; // before text(): reading every element's whole text would be quadratic in depth
            }
            String text = e.text().strip();
            if ("sup".equals(tag)) {
                return REFERENCE.matcher(text).matches();
            }
            return "a".equals(tag) && e.attr("href").startsWith("#") && NUMBER.matcher(text).matches()
                    && (e.parent() == null || !"sup".equals(e.parent().normalName()));
        }

        /** A note's link back to where it is referenced ("↩"): not text. */
        private boolean isBackLink(Element e) {
            return "a".equals(e.normalName()) && e.attr("href").startsWith("#")
                    && referenceIds.contains(e.attr("href").substring(1));
        }

        /** A note as one line, "12 text", as notes are printed. */
        private void note(Element e) {
            LineBuffer own = new LineBuffer();
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode text) {
                        own.append(text.getWholeText());
                    } else if (node instanceof Element child && (SKIPPED.contains(child.normalName())
                            || isBackLink(child) || (child != e && isReference(child)))) {
                        return FilterResult.SKIP_ENTIRELY;
                    } else if (node instanceof Element child && child != e && BLOCKS.contains(child.normalName())) {
                        own.append(" ");
                    }
                    return FilterResult.CONTINUE;
                }
            }, e);
            String text = own.take().stream().map(p -> p.text().text()).reduce((a, b) -> a + " " + b).orElse("");
            Matcher leading = LEADING_NUMBER.matcher(text);
            boolean numbered = leading.find();
            String number = numbered ? leading.group(1) : noteNumber(e);
            String body = numbered ? text.substring(leading.end()) : text;
            if (number != null && !body.isBlank()) {
                notes.add(new DocLine(number + " " + body.strip(), List.of(), 1, false, null));
            }
        }

        private String noteNumber(Element e) {
            if (e.hasAttr("value") && NUMBER.matcher(e.attr("value").strip()).matches()) {
                return e.attr("value").strip();
            }
            for (Element a : document.select("a[href=#" + e.id() + "]")) {
                if (NUMBER.matcher(a.text().strip()).matches()) {
                    return a.text().strip();
                }
            }
            return "li".equals(e.normalName()) ? String.valueOf(itemNumber(e)) : null;
        }

        /** The number a browser shows for a list item: its value, else the list's start plus its position. */
        private static int itemNumber(Element li) {
            if (NUMBER.matcher(li.attr("value").strip()).matches()) {
                return Integer.parseInt(li.attr("value").strip());
            }
            int number = 1;
            Element list = li.parent();
            if (list != null && NUMBER.matcher(list.attr("start").strip()).matches()) {
                number = Integer.parseInt(list.attr("start").strip());
            }
            for (Element sibling = li.previousElementSibling(); sibling != null;
                    sibling = sibling.previousElementSibling()) {
                if ("li".equals(sibling.normalName())) {
                    number++;
                }
            }
            return number;
        }

        /** The lines of a table cell: its inline text, broken where the cell breaks it. */
        private List<RefText> cellLines(Element cell) {
            LineBuffer own = new LineBuffer();
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode text) {
                        own.append(text.getWholeText());
                        return FilterResult.CONTINUE;
                    }
                    if (!(node instanceof Element child) || SKIPPED.contains(child.normalName()) || isBackLink(child)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (isReference(child)) {
                        numbers(child.text()).forEach(own::reference);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (child != cell && ("br".equals(child.normalName()) || BLOCKS.contains(child.normalName()))) {
                        own.flush();
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element child && child != cell && BLOCKS.contains(child.normalName())) {
                        own.flush();
                    }
                    return FilterResult.CONTINUE;
                }
            }, cell);
            return own.take().stream().map(LineBuffer.Piece::text).toList();
        }

        private float nextY() {
            return (lines.size() + 1) * LEADING;
        }

        /** Ends the current line and adds what the buffer holds as lines. */
        private void flush() {
            for (LineBuffer.Piece piece : buffer.take()) {
                float y = nextY();
                LineStyle style = new LineStyle(0, y, FONT_SIZE, piece.heading(), false, List.of());
                lines.add(new DocLine(piece.text().text(), piece.text().refs(), 1, lines.isEmpty(), style));
            }
        }

        /** A blank line between blocks, as plain text has them (never two in a row, never first). */
        private void blank() {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).blank()) {
                lines.add(DocLine.plain("", 1, false));
            }
        }

        private static List<Integer> numbers(String text) {
            List<Integer> numbers = new ArrayList<>();
            Matcher m = NUMBER.matcher(text);
            while (m.find()) {
                numbers.add(Integer.parseInt(m.group()));
            }
            return numbers;
        }
    }
}
