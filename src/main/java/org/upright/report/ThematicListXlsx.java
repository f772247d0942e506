package org.upright.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The UPR thematic list as an XLSX sheet: one row per recommendation with the theme it is listed under first, so
 * that a spreadsheet sorts and filters the list as the Word matrix groups it.
 */
final class ThematicListXlsx {
    static final List<String> COLUMNS = List.of("Theme", "Recommendation", "Position", "Full list of themes",
            "Affected persons", "SDGs", "Tracking status");
    private static final int[] WIDTHS = {36, 90, 12, 40, 30, 16, 16};

    private ThematicListXlsx() {
    }

    static void write(List<ExportRow> rows, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = book.createSheet("thematic list");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, COLUMNS.size() - 1));
            int n = 1;
            for (Map.Entry<String, List<ExportRow>> group : ThematicList.byTheme(rows).entrySet()) {
                for (ExportRow r : group.getValue()) {
                    List<String> cells = List.of(group.getKey(), ThematicList.recommendation(r),
                            r.position() == null ? "" : r.position(), String.join("; ", r.themes()),
                            String.join("; ", r.affectedPersons()), String.join("; ", r.sdgs()),
                            r.trackingStatus() == null ? "" : r.trackingStatus());
                    Row line = sheet.createRow(n++);
                    for (int c = 0; c < cells.size(); c++) {
                        line.createCell(c).setCellValue(Cells.safe(cells.get(c)));
                    }
                }
            }
            book.write(out);
            out.flush();
        } finally {
            book.close();
        }
    }
}
