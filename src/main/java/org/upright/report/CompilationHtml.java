package org.upright.report;

import static org.upright.report.CompilationTables.list;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.upright.ingest.model.Endnote;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Section;

/**
 * One stored compilation as a self-contained HTML document (inline CSS, nothing fetched): title block, the sections
 * with their tables and numbered paragraphs, footnote references linked to the endnotes with their UN symbols.
 */
final class CompilationHtml {
    private static final String CSS = """
            body{font-family:"Times New Roman",serif;max-width:50em;margin:2em auto;line-height:1.4;color:#000}
            header{border-bottom:1px solid #000;margin-bottom:1.5em}
            header .symbol{font-weight:bold}
            h1{font-size:1.3em}h2{font-size:1.15em}h3,h4{font-size:1em}
            table{border-collapse:collapse;margin:1em 0;width:100%;font-size:.9em}
            th,td{border:1px solid #000;padding:.25em .4em;vertical-align:top;text-align:left}
            p.para{text-indent:0}p.para .number{display:inline-block;min-width:2.5em}
            sup.ref a{text-decoration:none}
            ol.endnotes{font-size:.85em}ol.endnotes cite{font-style:normal;font-weight:bold}
            """;

    private final ExtractedDocument document;
    private final String state;
    private final Integer session;
    private final CompilationMarkup out;
    /**
     * References the stored reading order holds that no stored field carries (notes on a table's header cells, on
     * a row title, in a cell that is stored as counts): each is written in the table where the order puts it.
     */
    private final Set<Integer> uncarried;

    CompilationHtml(ExtractedDocument document, String state, Integer session) {
        this(document, state, session, Set.of());
    }

    private CompilationHtml(ExtractedDocument document, String state, Integer session, Set<Integer> uncarried) {
        this.document = document;
        this.state = state;
        this.session = session;
        this.uncarried = uncarried;
        Set<Integer> endnotes = new HashSet<>();
        list(document.endnotes()).forEach(e -> endnotes.add(e.number()));
        this.out = new CompilationMarkup(endnotes);
    }

    /**
     * The HTML. A first pass finds which references of the stored reading order the fields carry; the second
     * writes the others into their tables, so that the file's reading order is the stored one.
     */
    String render() {
        if (!uncarried.isEmpty() || list(document.footnoteOrder()).isEmpty()) {
            return draw();
        }
        CompilationHtml first = new CompilationHtml(document, state, session, Set.of());
        first.draw();
        Set<Integer> missing = new LinkedHashSet<>(list(document.footnoteOrder()));
        missing.removeAll(first.out.written());
        return missing.isEmpty() ? first.out.toString()
                : new CompilationHtml(document, state, session, missing).draw();
    }

    /**
     * The uncarried references that follow, in the stored order, the last reference written: those a table writes
     * at its start or end. Only the special-procedures table writes the notes stored as its own, and only it.
     */
    private List<Integer> following(boolean specialProcedures) {
        List<Integer> order = list(document.footnoteOrder());
        List<Integer> written = out.written();
        int at = written.isEmpty() ? 0 : order.indexOf(written.get(written.size() - 1)) + 1;
        Set<Integer> own = new HashSet<>(document.specialProcedures() == null ? List.of()
                : list(document.specialProcedures().footnotes()));
        List<Integer> next = new ArrayList<>();
        for (int i = at; i < order.size(); i++) {
            int number = order.get(i);
            if (!uncarried.contains(number) || written.contains(number) || own.contains(number) != specialProcedures) {
                break;
            }
            next.add(number);
        }
        return next;
    }

    private String draw() {
        String symbol = document.document() == null ? null : document.document().symbol();
        String language = document.document() == null || document.document().language() == null ? "en"
                : document.document().language();
        out.raw("<!DOCTYPE html>\n<html lang=\"").text(language).raw("\"><head><meta charset=\"utf-8\">")
                .element("title", (symbol == null ? "" : symbol + " ") + "Compilation: " + state)
                .raw("<style>").raw(CSS).raw("</style></head><body>\n<header>");
        if (symbol != null) {
            out.raw("<p class=\"symbol\">").text(symbol).raw("</p>");
        }
        out.element("p", "Human Rights Council, Working Group on the Universal Periodic Review"
                + (session == null ? "" : ", session " + session));
        out.raw("<h1>").text("Compilation prepared by the Office of the High Commissioner for Human Rights: "
                + state).raw("</h1></header>\n<main>");
        CompilationLayout.walk(document, state, new Writer());
        out.raw("</main>\n");
        endnotes();
        out.raw("</body></html>\n");
        return out.toString();
    }

    /** Draws the layout as HTML: h2 for the top sections (h1 is the title), tables with their classes. */
    private final class Writer implements CompilationLayout.Writer {
        @Override
        public void sectionStart(Section section, int depth) {
            String tag = "h" + Math.min(depth + 1, 6);
            out.raw("<section><" + tag + ">")
                    .text(section.number() == null ? section.title() : section.number() + ". " + section.title())
                    .reference(section.footnote()).raw("</" + tag + ">\n");
        }

        @Override
        public void sectionEnd() {
            out.raw("</section>\n");
        }

        @Override
        public void table(CompilationTable given) {
            CompilationTable table = PrintedCells.printed(given, document.specialProcedures(), state);
            boolean procedures = table.name().equals("special-procedures");
            List<CompilationTable.Cell> cells = new ArrayList<>(table.head());
            table.rows().forEach(cells::addAll);
            CompilationTable.Cell first = cells.isEmpty() ? null : cells.get(0);
            CompilationTable.Cell last = cells.isEmpty() ? null : cells.get(cells.size() - 1);
            out.raw("<table class=\"" + table.name() + "\">");
            if (!table.head().isEmpty()) {
                out.raw("<thead><tr>");
                table.head().forEach(cell -> cell(cell, true, cell == first, cell == last, procedures));
                out.raw("</tr></thead>");
            }
            out.raw("<tbody>");
            for (List<CompilationTable.Cell> row : table.rows()) {
                out.raw("<tr>");
                row.forEach(cell -> cell(cell, cell.header(), cell == first, cell == last, procedures));
                out.raw("</tr>");
            }
            out.raw("</tbody></table>");
        }

        private void cell(CompilationTable.Cell cell, boolean header, boolean first, boolean last,
                          boolean procedures) {
            String tag = header ? "th" : "td";
            out.raw("<" + tag + ">");
            List<CompilationTable.Line> lines = cell.lines();
            for (int i = 0; i < lines.size(); i++) {
                out.raw(i == 0 ? "" : "<br>").text(lines.get(i).text()).reference(lines.get(i).footnote());
                if (first && i == 0) {
                    following(procedures).forEach(out::reference);
                }
            }
            if (last) {
                following(procedures).forEach(out::reference);
            }
            out.raw("</" + tag + ">");
        }

        @Override
        public void paragraph(Paragraph paragraph, List<CompilationLayout.Piece> pieces) {
            out.raw("<p class=\"para\" id=\"para-").text(String.valueOf(paragraph.number()))
                    .raw("\"><span class=\"number\">").text(paragraph.number() + ".").raw("</span> ");
            boolean first = true;
            for (CompilationLayout.Piece piece : pieces) {
                if (piece.statement()) {
                    out.raw(first ? "" : " ").raw("<span class=\"statement\">").text(piece.text());
                    piece.references().forEach(out::reference);
                    out.raw("</span>");
                } else {
                    out.text(piece.text());
                    piece.references().forEach(out::reference);
                }
                first = false;
            }
            out.raw("</p>\n");
        }

        @Override
        public void unplacedStart() {
            out.raw("<section class=\"unplaced\">");
        }

        @Override
        public void unplacedEnd() {
            out.raw("</section>\n");
        }
    }

    private void endnotes() {
        List<Endnote> endnotes = list(document.endnotes());
        if (endnotes.isEmpty()) {
            return;
        }
        out.raw("<footer><h2>Notes</h2><ol class=\"endnotes\">\n");
        for (Endnote note : endnotes) {
            out.raw("<li id=\"fn-" + note.number() + "\" value=\"" + note.number() + "\">").text(note.text());
            List<String> symbols = list(note.symbols());
            if (!symbols.isEmpty()) {
                out.raw(" <span class=\"symbols\">(");
                for (int i = 0; i < symbols.size(); i++) {
                    out.raw(i == 0 ? "" : "; ").element("cite", symbols.get(i));
                }
                out.raw(")</span>");
            }
            for (int use = 1; use <= out.uses(note.number()); use++) {
                out.raw(" <a class=\"back\" href=\"#ref-" + note.number() + "-" + use + "\">&#8617;</a>");
            }
            out.raw("</li>\n");
        }
        out.raw("</ol></footer>\n");
    }
}
