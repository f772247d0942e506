package org.upright.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import org.upright.common.UsageException;
import org.upright.report.ExportFormat;
import org.upright.report.ExportRequest;
import org.upright.report.ExportService;
import org.upright.search.SearchQuery;

/** {@code GET /api/export}: the statements and recommendations of a search, as a CSV, JSON or XLSX download, or the thematic list of recommendations as DOCX. */
final class ExportApi {
    private final ExportService exports;

    ExportApi(ExportService exports) {
        this.exports = exports;
    }

    /** Answers the file, named for the State and format; no data is a problem (422), not an empty file. */
    void export(Context ctx) {
        String format = ctx.queryParam("format");
        if (format == null || format.isBlank()) {
            throw new UsageException("format is required: use one of " + ExportFormat.names());
        }
        ExportFormat as = ExportFormat.of(format);
        String country = ctx.queryParam("country");
        if (country == null || country.isBlank()) {
            throw new UsageException("country is required: an ISO 3166 alpha-3 code such as KAZ");
        }
        SearchQuery search = QueryParams.search(ctx, null);
        ExportRequest request = new ExportRequest(country, search.filters(), search.text());
        // written to memory first, so a failure is still a problem answer rather than a truncated download
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String list = ctx.queryParam("list");
        boolean thematic = "thematic".equals(list);
        if (list != null && !list.isBlank() && !thematic) {
            throw new UsageException("unknown list \"" + list + "\": the only list is thematic");
        }
        if (thematic) {
            exports.writeThematicList(request, as, body, ExportService.Progress.NONE);
        } else {
            exports.write(request, as, body, ExportService.Progress.NONE);
        }
        ctx.contentType(as.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + (thematic ? "thematic-list-" : "")
                + request.fileName(as) + "\"");
        ctx.result(body.toByteArray());
    }
}
