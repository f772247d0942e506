package org.upright.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The scripts the pages use, from the classpath (the CSP allows no other origin): htmx and Chart.js from their
 * webjars under {@code /static/vendor/}, and Upright's own {@code /static/upright.js}. Only the files named here are
 * served, each read once and cached by browsers for a day.
 */
final class StaticFiles {
    static final String SCRIPT_PATH = "/static/upright.js";
    static final String VENDOR_PATH = "/static/vendor/{file}";
    static final String HTMX = "/static/vendor/htmx.min.js";
    static final String CHART = "/static/vendor/chart.umd.min.js";
    private static final String JS = "text/javascript; charset=utf-8";

    private record File(String contentType, byte[] bytes) {
    }

    private static final Map<String, File> VENDOR = Map.of(
            "htmx.min.js", load("META-INF/resources/webjars/htmx.org/2.0.10/dist/htmx.min.js"),
            "chart.umd.min.js", load("META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js"));
    private static final File OWN = load("org/upright/web/static/upright.js");

    private StaticFiles() {
    }

    /** {@code GET /static/vendor/{file}}: one of the vendored libraries; 404 for any other name. */
    static void vendor(Context ctx) {
        File file = VENDOR.get(ctx.pathParam("file"));
        if (file == null) {
            throw new NotFoundException("no such file: " + ctx.path());
        }
        send(ctx, file);
    }

    /** {@code GET /static/upright.js}: the pages' own script (charts, nothing the pages need to work). */
    static void script(Context ctx) {
        send(ctx, OWN);
    }

    private static void send(Context ctx, File file) {
        ctx.contentType(file.contentType());
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.result(file.bytes());
    }

    private static File load(String resource) {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new File(JS, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
