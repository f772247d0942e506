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
import org.upright.report.NextCycleDrafts;

/**
 * {@code GET /api/reports/compilation/{iso3}?format=&asOf=}: a State's UPR compilation, written from the record as
 * {@code upright report compilation} writes it, as a download; {@code GET /api/reports/draft/{iso3}} likewise the
 * next-cycle draft of {@code upright report draft}.
 */
final class ReportsApi {
    private final CompilationReports compilations;
    private final NextCycleDrafts drafts;
    private final ObligationService obligations;

    ReportsApi(CompilationReports compilations, NextCycleDrafts drafts, ObligationService obligations) {
        this.compilations = compilations;
        this.drafts = drafts;
        this.obligations = obligations;
    }

    /** The interface every report of this API is written through: to a file, for a State, as of a day. */
    private interface Writer {
        void write(Country country, LocalDate asOf, CompilationFormat format, Path file);
    }

    /** Answers the file; a State without a compilation is a problem, never an empty file. */
    void compilation(Context ctx) {
        answer(ctx, "compilation", compilations::write);
    }

    /** Answers the next-cycle draft; a State with nothing to draft from is a problem (422), never an empty file. */
    void draft(Context ctx) {
        answer(ctx, "draft", (country, day, format, file) -> drafts.write(country, day, format, file));
    }

    private void answer(Context ctx, String name, Writer writer) {
        Country country = obligations.country(ctx.pathParam("iso3"));
        LocalDate asOf = QueryParams.date(ctx, "asOf", obligations.today());
        String asked = ctx.queryParam("format");
        CompilationFormat format = CompilationFormat.parse(asked == null ? "html" : asked);
        String extension = format.name().toLowerCase(Locale.ROOT);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("upright-report-");
            Path file = dir.resolve(name + "." + extension);
            writer.write(country, asOf, format, file);
            byte[] body = Files.readAllBytes(file);
            ctx.contentType(mediaType(format));
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + "-" + country.alpha3() + "."
                    + extension + "\"");
            ctx.result(body);
        } catch (IOException e) {
            throw new UprightException("cannot write the " + name + " of " + country.name() + ": " + e.getMessage(), e);
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
