package org.upright.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Locale;
import org.upright.obligation.ObligationService;
import org.upright.reference.Country;
import org.upright.report.ChartReports;
import org.upright.report.CompilationFormat;

/**
 * {@code GET /api/reports/charts/{iso3}?format=&asOf=}: a State's recommendations charted, as
 * {@code upright report charts} writes them, as a download.
 */
final class ChartsApi {
    private final ChartReports reports;
    private final ObligationService obligations;

    ChartsApi(ChartReports reports, ObligationService obligations) {
        this.reports = reports;
        this.obligations = obligations;
    }

    /** Answers the file; a State without recommendations is a problem (422), never an empty file. */
    void report(Context ctx) {
        Country country = obligations.country(ctx.pathParam("iso3"));
        LocalDate asOf = QueryParams.date(ctx, "asOf", obligations.today());
        String asked = ctx.queryParam("format");
        CompilationFormat format = CompilationFormat.parse(asked == null ? "pdf" : asked);
        byte[] body = reports.render(country, asOf, format);
        String extension = format.name().toLowerCase(Locale.ROOT);
        ctx.contentType(switch (format) {
            case HTML -> "text/html; charset=utf-8";
            case PDF -> "application/pdf";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        });
        ctx.header("Content-Disposition", "attachment; filename=\"charts-" + country.alpha3() + "." + extension
                + "\"");
        ctx.result(body);
    }
}
