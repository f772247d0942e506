package org.upright.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.upright.ingest.IngestService;
import org.upright.ingest.IngestedFile;

/**
 * The uploads being ingested or done, in memory: each job ingests its saved files in the background (one job at a
 * time, so that uploads do not starve the pages) and keeps one row per file for its page. A job is forgotten an hour
 * after it finished; the files are deleted as soon as it has.
 */
final class UploadJobs implements AutoCloseable {
    static final Duration KEPT = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What happened to one uploaded file: the statuses of the CLI's summary, and the reason for a failure. */
    record Row(String name, String status, Long documentId, String symbol, String kind, int paragraphs,
               int statements, int recommendations, String failure) {
        static Row failed(String name, String reason) {
            return new Row(name, "failed", null, null, null, 0, 0, 0, reason);
        }

        boolean isFailed() {
            return "failed".equals(status);
        }
    }

    /** A saved file to ingest under its original name. */
    record Saved(String name, Path path) {
    }

    /** One upload: who made it, how far it is, and a row per file done. */
    static final class Job {
        final String id;
        final String owner;
        final int total;
        private final List<Row> rows = new ArrayList<>();
        private volatile boolean finished;
        private volatile Instant finishedAt;

        Job(String id, String owner, int total) {
            this.id = id;
            this.owner = owner;
            this.total = total;
        }

        synchronized List<Row> rows() {
            return List.copyOf(rows);
        }

        synchronized void add(Row row) {
            rows.add(row);
        }

        boolean finished() {
            return finished;
        }

        synchronized int done() {
            return rows.size();
        }

        /** How many rows have this status ("new", "unchanged", "new version", "failed"). */
        synchronized long count(String status) {
            return rows.stream().filter(r -> r.status().equals(status)).count();
        }
    }

    private final IngestService ingest;
    private final Clock clock;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "upload");
        thread.setDaemon(true);
        return thread;
    });

    UploadJobs(IngestService ingest, Clock clock) {
        this.ingest = ingest;
        this.clock = clock;
    }

    /** Starts ingesting the saved files (in {@code dir}, deleted afterwards); the refused ones are rows already. */
    Job start(String owner, Path dir, List<Saved> files, List<Row> refused) {
        forgetOld();
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        Job job = new Job(HexFormat.of().formatHex(bytes), owner, files.size() + refused.size());
        refused.forEach(job::add);
        jobs.put(job.id, job);
        worker.submit(() -> run(job, dir, files));
        return job;
    }

    /** The job with this id if this account started it. */
    Optional<Job> find(String id, String owner) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(owner));
    }

    private void run(Job job, Path dir, List<Saved> files) {
        try {
            if (!files.isEmpty()) {
                ingest.ingest(files.stream().map(Saved::path).toList(), new IngestService.Listener() {
                    @Override
                    public void started(int count) {
                        // the job knows its files already
                    }

                    @Override
                    public void done(IngestedFile file) {
                        job.add(row(file, files));
                    }
                });
            }
        } catch (RuntimeException e) {
            // the files not yet done are reported failed; the ones stored stay stored
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            for (Saved s : files) {
                if (job.rows().stream().noneMatch(r -> r.name().equals(s.name()))) {
                    job.add(Row.failed(s.name(), s.name() + ": " + why.replace(dir.toString(), "")));
                }
            }
        } finally {
            job.finishedAt = clock.instant();
            job.finished = true;
            delete(dir);
        }
    }

    private static Row row(IngestedFile file, List<Saved> files) {
        Saved saved = files.stream().filter(s -> s.path().equals(file.file())).findFirst().orElse(null);
        String name = saved == null ? file.file().getFileName().toString() : saved.name();
        if (file.status() == IngestedFile.Status.FAILED) {
            String reason = String.valueOf(file.failure());
            if (saved != null) {
                reason = reason.replace(saved.path().toString(), name);
            }
            return Row.failed(name, reason);
        }
        return new Row(name, file.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), file.documentId(),
                file.symbol() != null ? file.symbol() : name, file.kind(), file.paragraphs(), file.statements(), file.recommendations(), null);
    }

    private void forgetOld() {
        Instant before = clock.instant().minus(KEPT);
        jobs.values().removeIf(j -> j.finished && j.finishedAt.isBefore(before));
    }

    private static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary file left behind is the system's to clean
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
