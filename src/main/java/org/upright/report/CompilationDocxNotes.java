package org.upright.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.upright.ingest.model.Endnote;

/**
 * The footnotes of a DOCX compilation: each reference to a stored endnote becomes a real Word footnote carrying the
 * endnote's text and UN symbols, marked with the endnote's own number (a custom mark, so the numbering is the
 * compilation's, not Word's count); a reference whose note is not stored stays a plain superscript number.
 */
final class CompilationDocxNotes {
    private final XWPFDocument docx;
    private final Map<Integer, Endnote> endnotes = new HashMap<>();

    CompilationDocxNotes(XWPFDocument docx, List<Endnote> endnotes) {
        this.docx = docx;
        endnotes.forEach(note -> this.endnotes.putIfAbsent(note.number(), note));
        if (!this.endnotes.isEmpty()) {
            docx.createFootnotes();
        }
    }

    /** A reference after the text written so far in the paragraph; a null number writes nothing. */
    void reference(XWPFParagraph paragraph, Integer number) {
        if (number == null) {
            return;
        }
        XWPFRun run = paragraph.createRun();
        run.setSubscript(VerticalAlign.SUPERSCRIPT);
        Endnote note = endnotes.get(number);
        if (note != null) {
            // Word gives every reference its own footnote: a note cited twice is written twice, with the same mark
            XWPFFootnote footnote = footnote(note);
            CTFtnEdnRef ref = run.getCTR().addNewFootnoteReference();
            ref.setId(footnote.getId());
            ref.setCustomMarkFollows(true);
        }
        run.setText(String.valueOf(number));
    }

    private XWPFFootnote footnote(Endnote note) {
        XWPFFootnote footnote = docx.createFootnote();
        XWPFParagraph paragraph = footnote.createParagraph();
        // POI starts the note with Word's automatic mark; the custom mark below replaces it, as Word writes it
        while (!paragraph.getRuns().isEmpty() && !paragraph.getRuns().get(0).getCTR().getFootnoteRefList().isEmpty()) {
            paragraph.removeRun(0);
        }
        paragraph.setSpacingAfter(0);
        XWPFRun mark = paragraph.createRun();
        mark.setSubscript(VerticalAlign.SUPERSCRIPT);
        mark.setText(String.valueOf(note.number()));
        small(paragraph.createRun()).setText(" " + (note.text() == null ? "" : note.text()));
        List<String> symbols = note.symbols() == null ? List.of() : note.symbols();
        if (!symbols.isEmpty()) {
            small(paragraph.createRun()).setText(" (");
            for (int i = 0; i < symbols.size(); i++) {
                XWPFRun symbol = paragraph.createRun();
                symbol.setBold(true);
                small(symbol);
                symbol.setText((i == 0 ? "" : "; ") + symbols.get(i));
            }
            small(paragraph.createRun()).setText(")");
        }
        return footnote;
    }

    private static XWPFRun small(XWPFRun run) {
        run.setFontSize(9);
        return run;
    }
}
