package org.upright.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Rows as one JSON array of objects, lists as arrays; JSON is data, not a spreadsheet, so cells are not defused. */
final class JsonExport {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonExport() {
    }

    static void write(List<ExportRow> rows, OutputStream out) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, rows);
        out.flush();
    }
}
