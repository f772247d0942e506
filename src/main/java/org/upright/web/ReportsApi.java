package org.upright.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.upright.common.UprightException;
import org.upright.obligation.ObligationService;
import org.upright.reference.Country;
import org.upright.report.CompilationFormat;
import org.upright.report.CompilationReports;

/**
 * {@code GET /api/reports/compilation/{iso3}?format=&asOf=}: a State's UPR compilation, written from the record as
 * {@code upright report compilation} writes it, as a download.
 */
final class ReportsApi {
    private final CompilationReports compilations;
    private final ObligationService obligations;

    ReportsApi(CompilationReports compilations, ObligationService obligations) {
        this.compilations = compilations;
        this.obligations = obligations;
    }

    /** Answers the file; a State without a compilation is a problem, never an empty file. */
    void compilation(Context ctx) {
        Country country = obligations.country(ctx.pathParam("iso3"));
        LocalDate asOf = QueryParams.date(ctx, "asOf", obligations.today());
        String asked = ctx.queryParam("format");
        CompilationFormat format = CompilationFormat.parse(asked == null ? "html" : asked);
        String extension = format.name().toLowerCase(Locale.ROOT);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("upright-report-");
            Path file = dir.resolve("compilation." + extension);
            compilations.write(country, asOf, format, file);
            byte[] body = Files.readAllBytes(file);
            ctx.contentType(mediaType(format));
            ctx.header("Content-Disposition", "attachment; filename=\"compilation-" + country.alpha3() + "."
                    + extension + "\"");
            ctx.result(body);
        } catch (IOException e) {
            throw new UprightException("cannot write the compilation of " + country.name() + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static String mediaType(CompilationFormat format) {
        return switch (format.name()) {
            case "HTML" -> "text/html; charset=utf-8";
            case "PDF" -> "application/pdf";
            case "DOCX" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            default -> "application/octet-stream";
        };
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary file left behind in the system's temp directory; nothing the reader needs to know
        }
    }
}
