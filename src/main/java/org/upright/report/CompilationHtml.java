package org.upright.report;

import static org.upright.report.CompilationTables.list;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.upright.ingest.model.Endnote;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Section;
import org.upright.ingest.model.Statement;

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
    private final Set<List<String>> placedParagraphPaths = new HashSet<>();
    private boolean obligationsPlaced;
    private boolean reportingPlaced;
    private boolean proceduresPlaced;

    CompilationHtml(ExtractedDocument document, String state, Integer session) {
        this.document = document;
        this.state = state;
        this.session = session;
        Set<Integer> endnotes = new HashSet<>();
        list(document.endnotes()).forEach(e -> endnotes.add(e.number()));
        this.out = new CompilationMarkup(endnotes);
    }

    String render() {
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
        for (Section section : list(document.sections())) {
            section(section, List.of(), 2);
        }
        leftovers();
        out.raw("</main>\n");
        endnotes();
        out.raw("</body></html>\n");
        return out.toString();
    }

    private void section(Section section, List<String> parent, int level) {
        List<String> path = new ArrayList<>(parent);
        path.add(section.number());
        String tag = "h" + Math.min(level, 6);
        out.raw("<section><" + tag + ">")
                .text(section.number() == null ? section.title() : section.number() + ". " + section.title())
                .reference(section.footnote()).raw("</" + tag + ">\n");
        tables(section.title());
        paragraphs(path);
        for (Section child : list(section.children())) {
            section(child, path, level + 1);
        }
        out.raw("</section>\n");
    }

    /** The tables go under the heading whose title names them, as the OHCHR compilation places them. */
    private void tables(String title) {
        String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
        if (!obligationsPlaced && t.contains("international obligations")) {
            obligationsPlaced = true;
            CompilationTables.obligations(out, document, state);
        }
        if (!reportingPlaced && t.contains("treaty bodies")) {
            reportingPlaced = true;
            CompilationTables.reporting(out, document);
        }
        if (!proceduresPlaced && t.contains("special procedures")) {
            proceduresPlaced = true;
            CompilationTables.specialProcedures(out, document.specialProcedures());
        }
    }

    /** Tables and paragraphs whose section heading was not found still appear, after the sections. */
    private void leftovers() {
        List<Paragraph> rest = list(document.paragraphs()).stream()
                .filter(p -> !placedParagraphPaths.contains(path(p))).toList();
        if (obligationsPlaced && reportingPlaced && proceduresPlaced && rest.isEmpty()) {
            return;
        }
        out.raw("<section class=\"unplaced\">");
        if (!obligationsPlaced) {
            CompilationTables.obligations(out, document, state);
        }
        if (!reportingPlaced) {
            CompilationTables.reporting(out, document);
        }
        if (!proceduresPlaced && document.specialProcedures() != null) {
            CompilationTables.specialProcedures(out, document.specialProcedures());
        }
        rest.forEach(this::paragraph);
        out.raw("</section>\n");
    }

    private void paragraphs(List<String> path) {
        placedParagraphPaths.add(path);
        for (Paragraph paragraph : list(document.paragraphs())) {
            if (path.equals(path(paragraph))) {
                paragraph(paragraph);
            }
        }
    }

    private static List<String> path(Paragraph paragraph) {
        return list(paragraph.sectionPath());
    }

    /**
     * A numbered paragraph; when its statements tile its text each statement carries its own references, else the
     * paragraph's references follow its text.
     */
    private void paragraph(Paragraph paragraph) {
        out.raw("<p class=\"para\" id=\"para-").text(String.valueOf(paragraph.number()))
                .raw("\"><span class=\"number\">").text(paragraph.number() + ".").raw("</span> ");
        Set<Integer> pending = new LinkedHashSet<>(list(paragraph.footnotes()));
        List<Statement> statements = list(paragraph.statements());
        if (!statements.isEmpty() && tiles(statements, paragraph.text())) {
            for (int i = 0; i < statements.size(); i++) {
                Statement statement = statements.get(i);
                out.raw(i == 0 ? "" : " ").raw("<span class=\"statement\">").text(statement.text());
                for (Integer number : list(statement.footnotes())) {
                    if (pending.remove(number)) {
                        out.reference(number);
                    }
                }
                out.raw("</span>");
            }
        } else {
            out.text(paragraph.text());
        }
        pending.forEach(out::reference);
        out.raw("</p>\n");
    }

    private static boolean tiles(List<Statement> statements, String text) {
        List<String> texts = statements.stream().map(Statement::text).toList();
        return text != null && !texts.contains(null) && String.join(" ", texts).equals(text);
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
