package org.upright.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The next-cycle draft as a self-contained HTML document, built from parts in order: title block, the outline's
 * sections with their tables and numbered sentences (each with its endnote reference and a visible source marker
 * linking to the document's page in the app), the annexes, then the notes. Every text is escaped.
 */
final class DraftHtml {
    private static final String CSS = """
            body{font-family:"Times New Roman",serif;max-width:50em;margin:2em auto;line-height:1.4;color:#000}
            header{border-bottom:1px solid #000;margin-bottom:1.5em}header .machine{font-style:italic}
            h1{font-size:1.3em}h2{font-size:1.15em}h3,h4{font-size:1em}
            table{border-collapse:collapse;margin:1em 0;width:100%;font-size:.9em}
            th,td{border:1px solid #000;padding:.25em .4em;vertical-align:top;text-align:left}
            p.para .number{display:inline-block;min-width:2.5em}sup.ref a{text-decoration:none}
            a.source{font-size:.8em;color:#555;text-decoration:none}
            ol.endnotes{font-size:.85em}ol.endnotes cite{font-style:normal;font-weight:bold}
            """;

    private final NextCycleDraft draft;
    private final CompilationMarkup out;
    private final ChartAnnex annex;

    DraftHtml(NextCycleDraft draft) {
        this(draft, null);
    }

    /** The draft with its annex of charts ({@code annex} null: none). */
    DraftHtml(NextCycleDraft draft, ChartAnnex annex) {
        this.draft = draft;
        this.annex = annex;
        Set<Integer> notes = new HashSet<>();
        for (int i = 1; i <= draft.sentences().size(); i++) {
            notes.add(i);
        }
        this.out = new CompilationMarkup(notes);
    }

    String render() {
        out.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">").element("title", draft.title())
                .raw("<style>").raw(CSS).raw("</style></head><body>\n");
        titleBlock();
        out.raw("<main>\n");
        DraftLayout.walk(draft, new Writer());
        out.raw("</main>\n");
        annexes();
        notes();
        out.raw("</body></html>\n");
        return out.toString();
    }

    private void titleBlock() {
        out.raw("<header><p class=\"symbol\">").text("Draft \u2014 " + draft.country().alpha3()).raw("</p><h1>")
                .text(draft.title()).raw("</h1><p class=\"machine\">").text(draft.machineLine())
                .raw("</p></header>\n");
    }

    /** The annex charting the State's recommendations, between the text and the notes. */
    private void annexes() {
        if (annex != null) {
            out.raw("<section class=\"annex\"><h2>").text("Annex: the record in figures").raw("</h2>\n")
                    .raw(annex.xhtml()).raw("</section>\n");
        }
    }

    private void notes() {
        out.raw("<footer><h2>Notes</h2><ol class=\"endnotes\">\n");
        // the layout numbers the sentences in the draft's order, which is the outline's
        List<DraftSentence> ordered = draft.sentences();
        for (int i = 0; i < ordered.size(); i++) {
            DraftSentence s = ordered.get(i);
            int number = i + 1;
            out.raw("<li id=\"fn-" + number + "\" value=\"" + number + "\">").text(s.note());
            if (!s.symbols().isEmpty()) {
                out.raw(" <span class=\"symbols\">(");
                for (int k = 0; k < s.symbols().size(); k++) {
                    out.raw(k == 0 ? "" : "; ").element("cite", s.symbols().get(k));
                }
                out.raw(")</span>");
            }
            out.raw(" <a class=\"back\" href=\"#ref-" + number + "-1\">&#8617;</a></li>\n");
        }
        out.raw("</ol></footer>\n");
    }

    private final class Writer implements DraftLayout.Writer {
        @Override
        public void sectionStart(String number, String title, int depth) {
            String tag = "h" + Math.min(depth + 1, 6);
            out.raw("<section><" + tag + ">").text(number == null ? title : number + ". " + title)
                    .raw("</" + tag + ">\n");
        }

        @Override
        public void sectionEnd() {
            out.raw("</section>\n");
        }

        @Override
        public void text(String text) {
            out.element("p", text).raw("\n");
        }

        @Override
        public void table(CompilationTable table) {
            out.raw("<table class=\"" + table.name() + "\">");
            if (!table.head().isEmpty()) {
                out.raw("<thead><tr>");
                table.head().forEach(cell -> cell(cell, true));
                out.raw("</tr></thead>");
            }
            out.raw("<tbody>");
            for (List<CompilationTable.Cell> row : table.rows()) {
                out.raw("<tr>");
                row.forEach(cell -> cell(cell, cell.header()));
                out.raw("</tr>");
            }
            out.raw("</tbody></table>\n");
        }

        private void cell(CompilationTable.Cell cell, boolean header) {
            String tag = header ? "th" : "td";
            out.raw("<" + tag + ">");
            for (int i = 0; i < cell.lines().size(); i++) {
                out.raw(i == 0 ? "" : "<br>").text(cell.lines().get(i).text());
            }
            out.raw("</" + tag + ">");
        }

        @Override
        public void sentence(int number, DraftSentence sentence) {
            DraftSource source = sentence.source();
            out.raw("<p class=\"para\" id=\"para-" + number + "\"><span class=\"number\">" + number + ".</span> ")
                    .raw("<span class=\"statement\">").text(sentence.text()).raw("</span>").reference(number)
                    .raw(" <a class=\"source\" href=\"").text(source.link()).raw("\">[").text(source.marker())
                    .raw("]</a></p>\n");
        }
    }
}
