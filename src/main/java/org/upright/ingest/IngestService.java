package org.upright.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.upright.common.UprightException;
import org.upright.common.UsageException;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.SourceFile;
import org.upright.ingest.store.StoreOutcome;

/**
 * Ingests files and directories: extracts documents in parallel and stores each in its own transaction, as soon as
 * it is ready, so that a batch stopped at any point leaves every stored document whole. A file that fails is
 * reported with its reason and stored nowhere; the batch goes on.
 */
public final class IngestService {
    private final Extractor extractor;
    private final DocumentStore store;
    private final int threads;

    private final java.util.function.LongConsumer afterStore;
    private final IndexEntries labelling;

    public IngestService(Extractor extractor, DocumentStore store, int threads) {
        this(extractor, store, threads, id -> { });
    }

    /**
     * With {@code afterStore} told of each document version stored (new or a new version), after its transaction
     * commits: the search index follows the database this way.
     */
    public IngestService(Extractor extractor, DocumentStore store, int threads,
                         java.util.function.LongConsumer afterStore) {
        this(extractor, store, threads, afterStore, null);
    }

    /**
     * With {@code labelling} (the entries of the index, holding the label store) asked to suggest labels for every
     * statement and recommendation of each document version stored, before {@code afterStore} indexes it; null for
     * none (tools and tests without a label store).
     */
    public IngestService(Extractor extractor, DocumentStore store, int threads,
                         java.util.function.LongConsumer afterStore, IndexEntries labelling) {
        this.extractor = extractor;
        this.store = store;
        this.threads = Math.max(1, threads);
        this.afterStore = afterStore;
        this.labelling = labelling;
    }

    /** Hears of progress: how many files there are, then each as it is done. */
    public interface Listener {
        void started(int files);

        void done(IngestedFile file);
    }

    /** The files a batch covers: those named, and below each directory every PDF and text file, in name order. */
    public static List<Path> files(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(IngestService::isDocument).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UsageException(input + ": cannot list the directory (" + e.getMessage() + ")");
                } catch (UncheckedIOException e) {
                    throw new UsageException(input + ": cannot list the directory (" + e.getCause().getMessage() + ")");
                }
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                throw new UsageException(input + ": no such file or directory");
            }
        }
        return files;
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf") || name.endsWith(".txt");
    }

    /** Ingests the files; the report lists every file with what happened to it. */
    public IngestReport ingest(List<Path> inputs, Listener listener) {
        List<Path> files = files(inputs);
        listener.started(files.size());
        List<IngestedFile> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "extract");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletionService<Extracted> extractions = new ExecutorCompletionService<>(pool);
            // At most a few documents wait in memory for the store: extraction runs ahead by this much.
            int inFlight = 0;
            int next = 0;
            int window = threads * 2;
            while (next < files.size() || inFlight > 0) {
                while (next < files.size() && inFlight < window) {
                    Path file = files.get(next++);
                    extractions.submit(() -> extract(file));
                    inFlight++;
                }
                Extracted extracted = take(extractions);
                inFlight--;
                IngestedFile result = storeOne(extracted);
                results.add(result);
                listener.done(result);
            }
        } finally {
            pool.shutdownNow();
        }
        return new IngestReport(results);
    }

    /** A file read and extracted, found stored already, or the reason it could not be read or extracted. */
    private record Extracted(Path file, byte[] bytes, Extraction extraction, IngestedFile known, String failure) {
        Extracted(Path file, String failure) {
            this(file, null, null, null, failure);
        }
    }

    private Extracted extract(Path file) {
        try {
            Extractor.checkSize(file); // before the file is read whole, to hash it
            byte[] bytes = Files.readAllBytes(file);
            SourceFile source = new SourceFile(file.getFileName().toString(), bytes);
            // The same bytes stored before: nothing to extract, and a rerun of a big batch costs only the reading.
            Optional<IngestedFile> known = store.storedAlready(source).flatMap(outcome -> store
                    .find(outcome.documentId()).map(doc -> IngestedFile.unchanged(file, doc, outcome)));
            if (known.isPresent()) {
                return new Extracted(file, bytes, null, known.get(), null);
            }
            return new Extracted(file, bytes, extractor.extract(file.toString(), bytes), null, null);
        } catch (NoSuchFileException e) {
            return new Extracted(file, file + ": no such file");
        } catch (IOException e) {
            return new Extracted(file, file + ": cannot read (" + e.getMessage() + ")");
        } catch (UprightException e) {
            return new Extracted(file, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in an extractor must not stop the batch; the file is reported, not stored.
            return new Extracted(file, file + ": internal error: " + e);
        }
    }

    private static Extracted take(CompletionService<Extracted> extractions) {
        try {
            Future<Extracted> done = extractions.take();
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UprightException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new UprightException("extraction failed: " + e.getCause(), e.getCause());
        }
    }

    private IngestedFile storeOne(Extracted extracted) {
        if (extracted.failure() != null) {
            return IngestedFile.failed(extracted.file(), extracted.failure());
        }
        if (extracted.known() != null) {
            return extracted.known();
        }
        Extraction extraction = extracted.extraction();
        StoreOutcome outcome = store.store(new SourceFile(extracted.file().getFileName().toString(), extracted.bytes()),
                extraction.document());
        IngestedFile stored = IngestedFile.stored(extracted.file(), extraction, outcome);
        if (outcome.status() != StoreOutcome.Status.UNCHANGED) {
            String unlabelled = suggest(outcome.documentId(), extraction);
            if (unlabelled != null) {
                stored = stored.withWarning(unlabelled);
            }
            try {
                afterStore.accept(outcome.documentId());
            } catch (RuntimeException e) {
                // the database holds the document; the index catches up at the next start (SearchSync.repair)
                String why = e instanceof UprightException ? e.getMessage() : "internal error: " + e;
                return stored.withWarning("stored, but not yet searchable (" + why
                        + "); the index is repaired when Upright next opens the data");
            }
        }
        return stored;
    }

    /** Suggests the labels of a stored version's entries; answers why it could not, or null. */
    private String suggest(long documentId, Extraction extraction) {
        if (labelling == null) {
            return null;
        }
        try {
            store.find(documentId).ifPresent(doc -> labelling.suggest(doc, extraction.document()));
            return null;
        } catch (RuntimeException e) {
            // the database holds the document; its entries are searchable, only without suggested labels
            String why = e instanceof UprightException ? e.getMessage() : "internal error: " + e;
            return "stored, but no labels suggested (" + why + ")";
        }
    }
}
