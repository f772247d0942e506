package org.upright.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.upright.ingest.model.Endnote;
import org.upright.ingest.model.Section;

/**
 * The next-cycle draft as a Word document: the compilation's styles, tables and real footnotes (one per sentence,
 * citing its source), and after each sentence a bracketed source marker, as in the HTML.
 */
final class DraftDocx {
    private final NextCycleDraft draft;
    private final ChartAnnex annex;

    DraftDocx(NextCycleDraft draft) {
        this(draft, null);
    }

    /** The draft with its annex of charts ({@code annex} null: none). */
    DraftDocx(NextCycleDraft draft, ChartAnnex annex) {
        this.draft = draft;
        this.annex = annex;
    }

    byte[] render() {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            CompilationDocxStyles.define(docx);
            List<Endnote> notes = new ArrayList<>();
            List<DraftSentence> sentences = draft.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                notes.add(new Endnote(i + 1, sentences.get(i).note(), sentences.get(i).symbols(), null, null));
            }
            CompilationDocxNotes footnotes = new CompilationDocxNotes(docx, notes);
            XWPFParagraph title = docx.createParagraph();
            title.setStyle("Title");
            title.createRun().setText(draft.title());
            XWPFRun machine = docx.createParagraph().createRun();
            machine.setItalic(true);
            machine.setText(draft.machineLine());
            DraftLayout.walk(draft, new Writer(docx, footnotes));
            if (annex != null) {
                XWPFParagraph heading = docx.createParagraph();
                heading.setStyle("Heading1");
                heading.createRun().setText("Annex: the record in figures");
                ChartReports.addCharts(docx, annex);
            }
            // the same draft gives the same bytes: the document's creation date is the draft's day, not the clock
            docx.getProperties().getCoreProperties().setCreated(java.util.Optional.of(java.util.Date.from(
                    draft.asOf().atStartOfDay(java.time.ZoneOffset.UTC).toInstant())));
            docx.write(bytes);
            return StableZip.of(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer implements DraftLayout.Writer {
        private final XWPFDocument docx;
        private final CompilationDocxNotes notes;
        private final CompilationDocx.Writer tables;

        Writer(XWPFDocument docx, CompilationDocxNotes notes) {
            this.docx = docx;
            this.notes = notes;
            this.tables = new CompilationDocx.Writer(docx, notes);
        }

        @Override
        public void sectionStart(String number, String title, int depth) {
            tables.sectionStart(new Section(number, title, null, List.of()), depth);
        }

        @Override
        public void sectionEnd() {
            // a Word body is flat: the next heading closes the section
        }

        @Override
        public void text(String text) {
            docx.createParagraph().createRun().setText(text);
        }

        @Override
        public void table(CompilationTable table) {
            tables.table(table);
        }

        @Override
        public void sentence(int number, DraftSentence sentence) {
            XWPFParagraph p = docx.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            p.createRun().setText(number + ".\t" + sentence.text());
            notes.reference(p, number);
            XWPFRun marker = p.createRun();
            marker.setFontSize(8);
            marker.setColor("555555");
            marker.setText(" [" + sentence.source().marker() + "]");
        }
    }
}
