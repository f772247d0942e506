package org.upright.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The UPR "thematic list of recommendations" as a Word table: each recommendation with who made it, its position,
 * its themes, the persons it concerns and its SDGs; landscape, the header row repeated on every page.
 */
final class ThematicList {
    static final List<String> HEADINGS = List.of("Recommendation", "Position", "Full list of themes",
            "Affected persons", "SDGs");

    private ThematicList() {
    }

    /** Only the rows of kind recommendation belong to the list. */
    static List<ExportRow> of(List<ExportRow> rows) {
        return rows.stream().filter(r -> "recommendation".equals(r.kind())).toList();
    }

    static void write(String country, List<ExportRow> rows, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            CTPageSz size = doc.getDocument().getBody().addNewSectPr().addNewPgSz();
            size.setOrient(STPageOrientation.LANDSCAPE);
            size.setW(BigInteger.valueOf(16_838));
            size.setH(BigInteger.valueOf(11_906));
            XWPFParagraph title = doc.createParagraph();
            XWPFRun run = title.createRun();
            run.setBold(true);
            run.setFontSize(14);
            run.setText("Thematic list of recommendations: " + country);
            XWPFTable table = doc.createTable(1, HEADINGS.size());
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            for (int c = 0; c < HEADINGS.size(); c++) {
                XWPFRun h = header.getCell(c).getParagraphs().getFirst().createRun();
                h.setBold(true);
                h.setText(HEADINGS.get(c));
            }
            for (ExportRow r : rows) {
                XWPFTableRow row = table.createRow();
                String source = (r.number() == null ? "" : r.number() + " ") + r.text()
                        + (r.speakers().isEmpty() ? "" : " (" + String.join(", ", r.speakers()) + ")")
                        + (r.document() == null ? "" : "; " + r.document());
                row.getCell(0).setText(source);
                row.getCell(1).setText(r.position() == null ? "" : r.position());
                row.getCell(2).setText(String.join("; ", r.themes()));
                row.getCell(3).setText(String.join("; ", r.affectedPersons()));
                row.getCell(4).setText(String.join("; ", r.sdgs()));
            }
            doc.write(out);
            out.flush();
        }
    }
}
