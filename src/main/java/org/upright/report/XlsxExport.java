package org.upright.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Rows as an XLSX sheet written by POI's streaming SXSSF: a bold, frozen header row with autofilter, set widths. */
final class XlsxExport {
    /** Rows kept in memory while writing; the rest are flushed to a temporary file by POI. */
    private static final int WINDOW = 200;
    /** Column widths in characters; the text column is wide, lists are medium. */
    private static final int[] WIDTHS = {12, 14, 22, 8, 28, 20, 6, 14, 12, 12, 9, 90, 30, 30, 14, 14, 30};

    private XlsxExport() {
    }

    static void write(List<ExportRow> rows, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        try {
            SXSSFSheet sheet = book.createSheet("export");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < ExportRow.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(ExportRow.COLUMNS.get(c));
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, ExportRow.COLUMNS.size() - 1));
            int r = 1;
            for (ExportRow row : rows) {
                Row line = sheet.createRow(r++);
                List<String> cells = row.cells();
                for (int c = 0; c < cells.size(); c++) {
                    String value = cells.get(c);
                    boolean number = (c == 6 || c == 10) && !value.isEmpty();
                    if (number) {
                        line.createCell(c).setCellValue(Integer.parseInt(value));
                    } else {
                        line.createCell(c).setCellValue(Cells.safe(value));
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
