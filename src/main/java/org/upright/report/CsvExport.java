package org.upright.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Rows as RFC 4180 CSV in UTF-8 without a byte order mark, a header first, formula-like cells defused. */
final class CsvExport {
    private CsvExport() {
    }

    static void write(List<ExportRow> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(ExportRow.COLUMNS.toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        for (ExportRow row : rows) {
            printer.printRecord(row.cells().stream().map(Cells::safe).toList());
        }
        // flushed, not closed: the caller owns the stream (a file or an HTTP response)
        printer.flush();
    }
}
