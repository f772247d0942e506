package org.upright.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The UPR "thematic list of recommendations" as a Word table: the recommendations grouped under their first theme,
 * as OHCHR's matrices group them, each with who made it, its position, all its themes, the persons it concerns and
 * its SDGs; landscape, the header row repeated on every page.
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

    /** The heading of recommendations no one has given a theme yet; placed after every theme. */
    static final String NO_THEME = "Themes not yet assigned";

    /**
     * The rows grouped under their first theme, themes in the order of their labels (UHRI codes such as "A12" sort
     * the list as the matrices do), rows in document order; rows without a theme last.
     */
    static Map<String, List<ExportRow>> byTheme(List<ExportRow> rows) {
        Map<String, List<ExportRow>> themed = new TreeMap<>(Comparator.comparing((String t) -> t.toLowerCase(
                java.util.Locale.ROOT)).thenComparing(Comparator.naturalOrder()));
        List<ExportRow> unthemed = new ArrayList<>();
        for (ExportRow r : rows) {
            if (r.themes().isEmpty()) {
                unthemed.add(r);
            } else {
                themed.computeIfAbsent(r.themes().getFirst(), t -> new ArrayList<>()).add(r);
            }
        }
        Map<String, List<ExportRow>> groups = new LinkedHashMap<>(themed);
        if (!unthemed.isEmpty()) {
            groups.put(NO_THEME, unthemed);
        }
        return groups;
    }

    /** The first cell: number, text, the recommending States and the source document. */
    static String recommendation(ExportRow r) {
        return (r.number() == null ? "" : r.number() + " ") + r.text()
                + (r.speakers().isEmpty() ? "" : " (" + String.join(", ", r.speakers()) + ")")
                + (r.document() == null ? "" : "; " + r.document());
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
            for (Map.Entry<String, List<ExportRow>> group : byTheme(rows).entrySet()) {
                themeRow(table.createRow(), group.getKey());
                for (ExportRow r : group.getValue()) {
                    XWPFTableRow row = table.createRow();
                    row.getCell(0).setText(recommendation(r));
                    row.getCell(1).setText(r.position() == null ? "" : r.position());
                    row.getCell(2).setText(String.join("; ", r.themes()));
                    row.getCell(3).setText(String.join("; ", r.affectedPersons()));
                    row.getCell(4).setText(String.join("; ", r.sdgs()));
                }
            }
            doc.write(out);
            out.flush();
        }
    }

    /** A row across the table naming the theme of the rows below it, as the matrices print "Theme: A12 ...". */
    private static void themeRow(XWPFTableRow row, String theme) {
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(HEADINGS.size()));
        XWPFRun run = row.getCell(0).getParagraphs().getFirst().createRun();
        run.setBold(true);
        run.setText(NO_THEME.equals(theme) ? theme : "Theme: " + theme);
    }
}
