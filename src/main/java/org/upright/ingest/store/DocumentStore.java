package org.upright.ingest.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.upright.ingest.model.DocumentInfo;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.storage.Database;
import org.upright.storage.StorageException;

/**
 * The ingest feature's persistence: stores extracted documents with their files, one transaction per document,
 * idempotent by content hash, keeping every earlier version of a document; and gives them back. Thread-safe, and
 * safe with several processes on one database.
 */
public final class DocumentStore {
    /**
     * Tries of one store before a collision is reported. A collision is another process storing the same bytes (the
     * next try finds them), another version of the same document (the next try takes the next number), or a lock on
     * the current version held past the lock timeout.
     */
    private static final int ATTEMPTS = 8;

    private final Database database;

    public DocumentStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Stores one document and its file in one transaction: the same bytes again are {@code UNCHANGED} (nothing is
     * written, also when another thread or process stores them at the same moment); a document with the symbol (or,
     * without one, the file name) of a stored one but other bytes is a {@code NEW_VERSION} that supersedes it.
     *
     * @throws StorageException when the database fails; nothing of the document is then stored
     */
    public StoreOutcome store(SourceFile file, ExtractedDocument document) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(document, "document");
        if (document.document() == null) {
            throw new IllegalArgumentException(file.name() + ": the extraction does not say what the document is");
        }
        String sha256 = file.sha256();
        String doing = "cannot store " + file.name();
        for (int attempt = 1; ; attempt++) {
            Optional<StoreOutcome> stored = read(doing, ctx -> DocumentRows.bySha256(ctx, sha256)
                    .map(found -> unchanged(ctx, found.id())));
            if (stored.isPresent()) {
                return stored.get();
            }
            try {
                return database.inTransaction(doing, ctx -> write(ctx, file, sha256, document));
            } catch (StorageException e) {
                // another writer of the same document (or the same bytes) got there first, or held the current
                // version longer than the lock timeout (under load, H2 gives up on a row lock it waits for): try again
                boolean collision = e.reason() == StorageException.Reason.DUPLICATE
                        || e.reason() == StorageException.Reason.CONFLICT
                        || e.reason() == StorageException.Reason.LOCKED;
                if (!collision || attempt == ATTEMPTS) {
                    throw e;
                }
                pause(attempt, e);
            }
        }
    }

    private static StoreOutcome write(DSLContext ctx, SourceFile file, String sha256, ExtractedDocument document) {
        DocumentInfo info = document.document();
        String lineage = DocumentRows.lineageOf(info, file);
        DocumentRows.insertFile(ctx, sha256, file.bytes());
        DocumentRows.lockCurrent(ctx, lineage);
        int version = DocumentRows.nextVersion(ctx, lineage);
        // microseconds: what PostgreSQL keeps, so that a stored time reads back equal on both databases
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        long id = DocumentRows.insert(ctx, file, sha256, info, document.footnoteOrder(),
                DocumentFacts.partsOf(document), lineage, version, now);
        DocumentRows.supersede(ctx, lineage, id);
        DocumentFacts.Written written = DocumentFacts.write(ctx, id, document);
        return new StoreOutcome(version == 1 ? StoreOutcome.Status.NEW : StoreOutcome.Status.NEW_VERSION, id,
                written.paragraphs(), written.statements(), written.recommendations());
    }

    private static StoreOutcome unchanged(DSLContext ctx, long id) {
        return new StoreOutcome(StoreOutcome.Status.UNCHANGED, id,
                DocumentRows.countOf(ctx, ParagraphRows.PARAGRAPH, id),
                DocumentRows.countOf(ctx, ParagraphRows.STATEMENT, id),
                DocumentRows.countOf(ctx, RecommendationRows.RECOMMENDATION, id));
    }

    /** Waits a little, longer with each try and never the same for two threads, so that they stop colliding. */
    private static void pause(int attempt, StorageException collision) {
        try {
            Thread.sleep(attempt * 10L + ThreadLocalRandom.current().nextLong(20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw collision;
        }
    }

    /**
     * What storing these bytes would do if they are stored already: {@code UNCHANGED}, with the stored counts. Lets a
     * batch skip extracting a file it has seen.
     */
    public Optional<StoreOutcome> storedAlready(SourceFile file) {
        return read("cannot look up " + file.name(), ctx -> DocumentRows.bySha256(ctx, file.sha256())
                .map(found -> unchanged(ctx, found.id())));
    }

    /** One stored version of a document. */
    public Optional<StoredDocument> find(long documentId) {
        return read("cannot read document " + documentId, ctx -> DocumentRows.byId(ctx, documentId));
    }

    /** The current version of every stored document, in the order they were stored. */
    public List<StoredDocument> documents() {
        return read("cannot list the documents", DocumentRows::current);
    }

    /** The current version of every stored document about one State (ISO 3166 alpha-3), in the order stored. */
    public List<StoredDocument> documentsOf(String country) {
        return read("cannot list the documents of " + country, ctx -> DocumentRows.currentOf(ctx, country));
    }

    /** Every version of the document with this symbol (or file name, for one without a symbol), newest first. */
    public List<StoredDocument> history(String symbol) {
        return read("cannot read the versions of " + symbol, ctx -> DocumentRows.history(ctx, symbol));
    }

    /** How many documents, paragraphs, statements and recommendations the current versions hold. */
    public StoreCounts counts() {
        return read("cannot count the documents", ctx -> new StoreCounts(
                DocumentRows.countCurrent(ctx, DocumentRows.DOCUMENT),
                DocumentRows.countCurrent(ctx, ParagraphRows.PARAGRAPH),
                DocumentRows.countCurrent(ctx, ParagraphRows.STATEMENT),
                DocumentRows.countCurrent(ctx, RecommendationRows.RECOMMENDATION)));
    }

    /**
     * The stored facts of one document version back in the exchange format: equal to what was stored, except that
     * lists inside a part that were null come back empty.
     *
     * @throws NoSuchElementException when no document has this id
     */
    public ExtractedDocument load(long documentId) {
        return read("cannot read document " + documentId, ctx -> {
            DocumentRows.Header header = DocumentRows.header(ctx, documentId)
                    .orElseThrow(() -> new NoSuchElementException("no stored document has the id " + documentId));
            return DocumentFacts.read(ctx, documentId, header.info(), header.parts(), header.footnoteOrder());
        });
    }

    /** The original file of a stored document version. */
    public Optional<SourceFile> file(long documentId) {
        return read("cannot read the file of document " + documentId, ctx -> DocumentRows.file(ctx, documentId));
    }

    private <T> T read(String doing, Function<DSLContext, T> query) {
        try {
            return query.apply(database.dsl());
        } catch (DataAccessException e) {
            throw database.failure(doing, e);
        }
    }
}
