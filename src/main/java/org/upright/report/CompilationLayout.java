package org.upright.report;

import static org.upright.report.CompilationTables.list;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Section;
import org.upright.ingest.model.Statement;

/**
 * The reading order of a stored compilation that every format writes: the section tree with its tables under the
 * headings that name them and its numbered paragraphs, then whatever found no heading; each format only draws.
 */
final class CompilationLayout {

    /** What a format draws, called in reading order. */
    interface Writer {
        /** A section's heading; depth 1 for the top sections. Its content and children follow until its end. */
        void sectionStart(Section section, int depth);

        void sectionEnd();

        void table(CompilationTable table);

        /** A numbered paragraph as pieces of text, each followed by its footnote references. */
        void paragraph(Paragraph paragraph, List<Piece> pieces);

        /** Tables and paragraphs whose heading was not found follow, until {@link #unplacedEnd()}. */
        void unplacedStart();

        void unplacedEnd();
    }

    /** Text (a statement when the statements tile the paragraph, else the whole text) followed by its references. */
    record Piece(String text, List<Integer> references, boolean statement) {
    }

    private final ExtractedDocument document;
    private final String state;
    private final Writer writer;
    private final Set<List<String>> placedParagraphPaths = new HashSet<>();
    private boolean obligationsPlaced;
    private boolean reportingPlaced;
    private boolean proceduresPlaced;

    private CompilationLayout(ExtractedDocument document, String state, Writer writer) {
        this.document = document;
        this.state = state;
        this.writer = writer;
    }

    /** Walks the document once, calling the writer in reading order. */
    static void walk(ExtractedDocument document, String state, Writer writer) {
        CompilationLayout layout = new CompilationLayout(document, state, writer);
        for (Section section : list(document.sections())) {
            layout.section(section, List.of(), 1);
        }
        layout.leftovers();
    }

    private void section(Section section, List<String> parent, int depth) {
        List<String> path = new ArrayList<>(parent);
        path.add(section.number());
        writer.sectionStart(section, depth);
        tables(section.title());
        paragraphs(path);
        for (Section child : list(section.children())) {
            section(child, path, depth + 1);
        }
        writer.sectionEnd();
    }

    /** The tables go under the heading whose title names them, as the OHCHR compilation places them. */
    private void tables(String title) {
        String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
        if (!obligationsPlaced && t.contains("international obligations")) {
            obligationsPlaced = true;
            CompilationTables.obligations(document, state).forEach(writer::table);
        }
        if (!reportingPlaced && t.contains("treaty bodies")) {
            reportingPlaced = true;
            CompilationTables.reporting(document).forEach(writer::table);
        }
        if (!proceduresPlaced && t.contains("special procedures")) {
            proceduresPlaced = true;
            CompilationTables.specialProcedures(document.specialProcedures()).forEach(writer::table);
        }
    }

    private void leftovers() {
        List<Paragraph> rest = list(document.paragraphs()).stream()
                .filter(p -> !placedParagraphPaths.contains(list(p.sectionPath()))).toList();
        if (obligationsPlaced && reportingPlaced && proceduresPlaced && rest.isEmpty()) {
            return;
        }
        writer.unplacedStart();
        if (!obligationsPlaced) {
            CompilationTables.obligations(document, state).forEach(writer::table);
        }
        if (!reportingPlaced) {
            CompilationTables.reporting(document).forEach(writer::table);
        }
        if (!proceduresPlaced) {
            CompilationTables.specialProcedures(document.specialProcedures()).forEach(writer::table);
        }
        rest.forEach(this::paragraph);
        writer.unplacedEnd();
    }

    private void paragraphs(List<String> path) {
        placedParagraphPaths.add(path);
        for (Paragraph paragraph : list(document.paragraphs())) {
            if (path.equals(list(paragraph.sectionPath()))) {
                paragraph(paragraph);
            }
        }
    }

    /**
     * When a paragraph's statements tile its text each statement carries its own references (each reference once),
     * else the paragraph's references follow its text.
     */
    private void paragraph(Paragraph paragraph) {
        Set<Integer> pending = new LinkedHashSet<>(list(paragraph.footnotes()));
        List<Statement> statements = list(paragraph.statements());
        List<Piece> pieces = new ArrayList<>();
        if (!statements.isEmpty() && tiles(statements, paragraph.text())) {
            for (Statement statement : statements) {
                List<Integer> references = new ArrayList<>();
                for (Integer number : list(statement.footnotes())) {
                    if (pending.remove(number)) {
                        references.add(number);
                    }
                }
                pieces.add(new Piece(statement.text(), references, true));
            }
        } else {
            pieces.add(new Piece(paragraph.text(), List.of(), false));
        }
        if (!pending.isEmpty()) {
            pieces.add(new Piece("", List.copyOf(pending), false));
        }
        writer.paragraph(paragraph, pieces);
    }

    private static boolean tiles(List<Statement> statements, String text) {
        List<String> texts = statements.stream().map(Statement::text).toList();
        return text != null && !texts.contains(null) && String.join(" ", texts).equals(text);
    }
}
