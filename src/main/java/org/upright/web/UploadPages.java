package org.upright.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.upright.common.UprightException;
import org.upright.storage.StorageException;

/**
 * {@code /upload}: an editor sends PDF or text files, the server saves them to a temporary directory and ingests them
 * in the background ({@link UploadJobs}); the job's page refreshes itself (or is polled by htmx) until the summary
 * the command line prints is there. A file refused before ingesting (empty, neither PDF nor text) is a row with its
 * reason, like a file the ingest fails on; nothing is stored for either.
 */
final class UploadPages {
    /** The multipart limits: one file, and a whole request. Larger files are refused by Jetty before any is read. */
    static final long MAX_FILE_MB = 100;
    static final long MAX_REQUEST_MB = 200;
    static final String FIELD = "files";
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final UploadJobs jobs;

    /** @param jobs the job runner, or null when this server was started without an ingest (uploads answer 503) */
    UploadPages(UploadJobs jobs) {
        this.jobs = jobs;
    }

    /** {@code GET /upload}: the form. */
    void form(Context ctx) {
        Pages.render(ctx, 200, "upload.jte", Map.of("error", ""));
    }

    /** {@code POST /upload}: saves the files, starts the job and sends the browser to its page. */
    void upload(Context ctx) {
        UploadJobs runner = runner();
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles(FIELD).stream().filter(f -> f.filename() != null && !f.filename().isBlank())
                    .toList();
        } catch (RuntimeException e) {
            if (tooLarge(e)) {
                Pages.render(ctx, 413, "upload.jte", Map.of("error", "upload.tooLarge"));
                return;
            }
            throw e;
        }
        if (files.isEmpty()) {
            Pages.render(ctx, 422, "upload.jte", Map.of("error", "upload.noFile"));
            return;
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("upright-upload");
        } catch (IOException e) {
            throw new UprightException("cannot save the upload: " + e.getMessage(), e);
        }
        List<UploadJobs.Saved> saved = new ArrayList<>();
        List<UploadJobs.Row> refused = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            UploadedFile file = files.get(i);
            String name = safeName(file.filename());
            String problem = problem(name, file);
            if (problem != null) {
                refused.add(UploadJobs.Row.failed(name, name + ": " + problem));
                continue;
            }
            try (InputStream in = file.content()) {
                Path target = Files.createDirectories(dir.resolve(Integer.toString(i))).resolve(name);
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                saved.add(new UploadJobs.Saved(name, target));
            } catch (IOException | UncheckedIOException e) {
                refused.add(UploadJobs.Row.failed(name, name + ": cannot be saved (" + e.getMessage() + ")"));
            }
        }
        UploadJobs.Job job = runner.start(owner(ctx), dir, saved, refused);
        ctx.redirect("/upload/" + job.id, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** {@code GET /upload/{job}}: the job's progress and, once done, its summary; htmx asks for the fragment only. */
    void job(Context ctx) {
        UploadJobs.Job job = runner().find(ctx.pathParam("job"), owner(ctx))
                .orElseThrow(() -> new NotFoundException("no upload of yours has this id; finished uploads are "
                        + "forgotten after an hour"));
        boolean fragment = "true".equals(ctx.header("HX-Request"));
        Pages.render(ctx, 200, fragment ? "uploadstatus.jte" : "uploadjob.jte", Map.of("job", job));
    }

    /**
     * Whether a failure is Jetty refusing a multipart request beyond the limits (it reads the parts when anything,
     * the CSRF check first, asks for a form field), to be answered 413 rather than 500.
     */
    static boolean tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("size exceeded") || message.contains("max length exceeded")
                    || message.contains("too large")) {
                return true;
            }
        }
        return false;
    }

    /** The 413 of an upload beyond the limits. */
    static io.javalin.http.HttpResponseException tooLargeProblem() {
        return new io.javalin.http.HttpResponseException(413, "the upload is larger than this server accepts (by "
                + "default " + MAX_FILE_MB + " MB a file and " + MAX_REQUEST_MB + " MB in all)");
    }

    /** Why a file is refused before it is saved, or null: empty, or neither a PDF nor a text file. */
    static String problem(String name, UploadedFile file) {
        if (file.size() == 0) {
            return "the file is empty";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean pdf;
        try (InputStream in = file.content()) {
            pdf = java.util.Arrays.equals(in.readNBytes(PDF_MAGIC.length), PDF_MAGIC);
        } catch (IOException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
        if (lower.endsWith(".pdf") && !pdf) {
            return "not a PDF (it does not begin with %PDF-)";
        }
        if (!lower.endsWith(".pdf") && !lower.endsWith(".txt")) {
            return "neither a PDF nor a text file: upload .pdf or .txt files";
        }
        return null;
    }

    /** The file's own name, without any folder a browser sent, with only safe characters. */
    static String safeName(String given) {
        String name = given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "upload" + name;
        }
        return name.length() > 150 ? name.substring(name.length() - 150) : name;
    }

    private UploadJobs runner() {
        if (jobs == null) {
            throw new StorageException("this server was started without ingesting: uploads are off", null);
        }
        return jobs;
    }

    private static String owner(Context ctx) {
        return Sessions.account(ctx).map(a -> Long.toString(a.id()))
                .orElseThrow(() -> new AccessException(401, "sign in first"));
    }
}
