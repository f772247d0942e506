package org.upright.report;

import static org.upright.report.CompilationTables.list;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Section;

/**
 * One stored compilation as a Word document (Apache POI): title block, the sections as Heading styles with their
 * numbers, the tables as Word tables with a header row, the numbered paragraphs, every reference a real footnote.
 */
final class CompilationDocx {
    private final ExtractedDocument document;
    private final String state;
    private final Integer session;

    CompilationDocx(ExtractedDocument document, String state, Integer session) {
        this.document = document;
        this.state = state;
        this.session = session;
    }

    byte[] render() {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            CompilationDocxStyles.define(docx);
            CompilationDocxNotes notes = new CompilationDocxNotes(docx, list(document.endnotes()));
            titleBlock(docx);
            CompilationLayout.walk(document, state, new Writer(docx, notes));
            docx.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void titleBlock(XWPFDocument docx) {
        String symbol = document.document() == null ? null : document.document().symbol();
        if (symbol != null) {
            XWPFParagraph p = docx.createParagraph();
            p.setAlignment(ParagraphAlignment.RIGHT);
            XWPFRun run = p.createRun();
            run.setBold(true);
            run.setText(symbol);
        }
        docx.createParagraph().createRun().setText("Human Rights Council, Working Group on the Universal Periodic "
                + "Review" + (session == null ? "" : ", session " + session));
        XWPFParagraph title = docx.createParagraph();
        title.setStyle("Title");
        title.createRun().setText("Compilation prepared by the Office of the High Commissioner for Human Rights: "
                + state);
    }

    /** Draws the layout into the Word body. */
    static final class Writer implements CompilationLayout.Writer {
        private final XWPFDocument docx;
        private final CompilationDocxNotes notes;

        Writer(XWPFDocument docx, CompilationDocxNotes notes) {
            this.docx = docx;
            this.notes = notes;
        }

        @Override
        public void sectionStart(Section section, int depth) {
            XWPFParagraph heading = docx.createParagraph();
            heading.setStyle(CompilationDocxStyles.heading(depth));
            heading.createRun().setText(section.number() == null ? section.title()
                    : section.number() + ". " + section.title());
            notes.reference(heading, section.footnote());
        }

        @Override
        public void sectionEnd() {
            // a Word body is flat: the next heading closes the section
        }

        @Override
        public void table(CompilationTable table) {
            List<List<CompilationTable.Cell>> rows = new java.util.ArrayList<>();
            if (!table.head().isEmpty()) {
                rows.add(table.head());
            }
            rows.addAll(table.rows());
            int columns = rows.stream().mapToInt(List::size).max().orElse(1);
            XWPFTable grid = docx.createTable(rows.size(), columns);
            grid.setWidth("100%");
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = grid.getRow(r);
                boolean head = r == 0 && !table.head().isEmpty();
                if (head) {
                    row.setRepeatHeader(true);
                }
                List<CompilationTable.Cell> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    cell(row.getCell(c), cells.get(c), head || cells.get(c).header());
                }
            }
            docx.createParagraph();
        }

        private void cell(XWPFTableCell cell, CompilationTable.Cell content, boolean bold) {
            XWPFParagraph p = cell.getParagraphs().get(0);
            List<CompilationTable.Line> lines = content.lines();
            for (int i = 0; i < lines.size(); i++) {
                XWPFRun run = p.createRun();
                run.setFontSize(9);
                run.setBold(bold);
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines.get(i).text() == null ? "" : lines.get(i).text());
                notes.reference(p, lines.get(i).footnote());
            }
        }

        @Override
        public void paragraph(Paragraph paragraph, List<CompilationLayout.Piece> pieces) {
            XWPFParagraph p = docx.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            p.createRun().setText(paragraph.number() + ".\t");
            boolean first = true;
            for (CompilationLayout.Piece piece : pieces) {
                String text = piece.text() == null ? "" : piece.text();
                if (!text.isEmpty()) {
                    p.createRun().setText((first || !piece.statement() ? "" : " ") + text);
                }
                piece.references().forEach(number -> notes.reference(p, number));
                first = false;
            }
        }

        @Override
        public void unplacedStart() {
            // the leftovers follow the last section without a heading of their own, as in the HTML
        }

        @Override
        public void unplacedEnd() {
        }
    }
}
