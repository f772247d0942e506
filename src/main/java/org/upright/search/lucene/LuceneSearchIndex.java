package org.upright.search.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.upright.common.UprightException;
import org.upright.search.Cluster;
import org.upright.search.IndexEntry;
import org.upright.search.QuerySyntaxException;
import org.upright.search.SearchHit;
import org.upright.search.SearchIndex;
import org.upright.search.SearchQuery;
import org.upright.search.SearchResult;

/**
 * The {@link SearchIndex} of one machine: a Lucene 10 index in a directory (docs/decisions/0007). Words are
 * stemmed English, "quoted phrases" match the exact wording, terms are ANDed unless OR is written, facets are
 * counted over all matches, and each write is committed and visible when it returns. Thread-safe: searches run on
 * a snapshot while writers replace documents; a search is stopped after {@link #TIMEOUT}.
 */
public final class LuceneSearchIndex implements SearchIndex {
    /** The longest a search may run; then it fails rather than hold a thread. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    /**
     * Lucene warns on stderr, once a JVM, that the incubating Vector API is not enabled; it speeds up vector (kNN)
     * search only, which Upright does not use, and a command's stderr is for the user's errors. Held here because
     * the logging system keeps loggers only weakly.
     */
    private static final Logger VECTORIZATION =
            quiet("org.apache.lucene.internal.vectorization.VectorizationProvider");

    private final String name;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Duration timeout;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LuceneSearchIndex(String name, Directory directory, Duration timeout) throws IOException {
        this.name = name;
        this.directory = directory;
        this.timeout = timeout;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.PER_FIELD)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        try {
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit();
            }
            this.searchers = new SearcherManager(writer, Snapshot.FACTORY);
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    /**
     * Opens the index in a directory, creating both if missing.
     *
     * @throws UprightException when another process has it open, or it is damaged (then {@code upright reindex})
     */
    public static LuceneSearchIndex open(Path directory) {
        try {
            Files.createDirectories(directory);
            return open(FSDirectory.open(directory), directory.toString(), TIMEOUT);
        } catch (IOException e) {
            throw IndexFailures.of(directory.toString(), e);
        }
    }

    /**
     * Deletes an index directory and everything in it, before a rebuild: a damaged index cannot be opened to be
     * cleared. Nothing happens when it does not exist.
     *
     * @throws UprightException when a file cannot be deleted (another process has the index open)
     */
    public static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try {
            // IOUtils.rm deletes depth first and reports every file it could not remove
            IOUtils.rm(directory);
        } catch (IOException e) {
            throw new UprightException("cannot delete the search index " + directory + " to rebuild it ("
                    + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
    }

    /** A fresh index in memory, gone when closed. */
    public static LuceneSearchIndex inMemory() {
        return open(new ByteBuffersDirectory(), "in memory", TIMEOUT);
    }

    static LuceneSearchIndex open(Directory directory, String name, Duration timeout) {
        try {
            return new LuceneSearchIndex(name, directory, timeout);
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw IndexFailures.of(name, e);
        }
    }

    @Override
    public void replaceDocument(long documentId, Collection<IndexEntry> entries) {
        write(() -> {
            List<Document> documents = new ArrayList<>();
            for (IndexEntry entry : entries) {
                if (entry.documentId() != documentId) {
                    throw new IllegalArgumentException("entry " + entry.id() + " is not of document " + documentId);
                }
                documents.add(EntryFields.document(documentId, entry));
            }
            writer.updateDocuments(EntryFields.documentTerm(documentId), documents);
        });
    }

    @Override
    public void removeDocument(long documentId) {
        write(() -> writer.deleteDocuments(EntryFields.documentTerm(documentId)));
    }

    @Override
    public void clear() {
        write(writer::deleteAll);
    }

    @Override
    public Set<Long> documentIds() {
        return read(snapshot -> snapshot.documentIds());
    }

    @Override
    public long size() {
        return read(snapshot -> (long) snapshot.getIndexReader().numDocs());
    }

    @Override
    public SearchResult search(SearchQuery query) {
        Query lucene = Queries.search(query);
        Query highlight = query.highlight() ? Queries.highlight(query) : null;
        return read(snapshot -> {
            // One searcher a search: the timeout and its "timed out" flag belong to this search alone.
            IndexSearcher searcher = new IndexSearcher(snapshot.getIndexReader());
            searcher.setTimeout(new QueryTimeoutImpl(timeout.toMillis()));
            int wanted = (int) Math.min((long) query.offset() + query.limit(), Integer.MAX_VALUE);
            FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, lucene, wanted,
                    Snapshot.order(query.sort()), true, new FacetsCollectorManager());
            if (searcher.timedOut()) {
                throw new UprightException("the search took longer than " + timeout.toSeconds()
                        + " s and was stopped; narrow the query");
            }
            ScoreDoc[] all = found.topDocs().scoreDocs;
            ScoreDoc[] page = Arrays.copyOfRange(all, Math.min(query.offset(), all.length), all.length);
            String[] marked = highlight == null ? null : Highlights.of(searcher, highlight, page);
            Map<String, Map<String, Long>> facets = query.facets()
                    ? FacetCounts.count(snapshot.facetState(), found.facetsCollector()) : Map.of();
            List<SearchHit> hits = EntryFields.hits(searcher, page, marked);
            return new SearchResult(found.topDocs().totalHits.value(), hits, facets);
        });
    }

    /** {@inheritDoc} One snapshot for the whole scan, so that pages neither repeat nor skip an entry. */
    @Override
    public void scan(SearchQuery query, Consumer<List<SearchHit>> page) {
        Query lucene = Queries.search(query);
        int size = query.limit() > 0 ? query.limit() : SearchQuery.MAX_LIMIT;
        read(snapshot -> {
            IndexSearcher searcher = new IndexSearcher(snapshot.getIndexReader());
            ScoreDoc after = null;
            while (true) {
                ScoreDoc[] found = searcher.searchAfter(after, lucene, size, Snapshot.ID_ORDER, false).scoreDocs;
                if (found.length == 0) {
                    return null;
                }
                page.accept(EntryFields.hits(searcher, found, null));
                after = found[found.length - 1];
            }
        });
    }

    /** {@inheritDoc} MoreLikeThis on the entry's text ({@link Similar}). */
    @Override
    public List<SearchHit> similar(String id, int max) {
        int n = Math.min(max, SearchQuery.MAX_LIMIT);
        return n <= 0 ? List.of() : read(snapshot -> Similar.to(snapshot, id, n));
    }

    /** {@inheritDoc} At most {@value Clusters#MAX_ENTRIES} matching entries, the best first, are grouped. */
    @Override
    public List<Cluster> clusters(SearchQuery query, double threshold) {
        Query lucene = Queries.search(query);
        return read(snapshot -> Clusters.of(snapshot, lucene, threshold));
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                IOUtils.close(searchers, writer, directory);
            } catch (IOException e) {
                throw IndexFailures.of(name, e);
            }
        }
    }

    private static Logger quiet(String logger) {
        Logger quiet = Logger.getLogger(logger);
        quiet.setLevel(Level.SEVERE);
        return quiet;
    }

    /** Changes the index, commits (durable) and refreshes the searchers (visible) before returning. */
    private void write(Change change) {
        try {
            change.apply();
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw IndexFailures.of(name, e);
        }
    }

    private <T> T read(Read<T> read) {
        try {
            Snapshot snapshot = (Snapshot) searchers.acquire();
            try {
                return read.apply(snapshot);
            } finally {
                searchers.release(snapshot);
            }
        } catch (IOException e) {
            throw IndexFailures.of(name, e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("a prefix or fuzzy word matches too many words; make it longer");
        }
    }

    private interface Change {
        void apply() throws IOException;
    }

    private interface Read<T> {
        T apply(Snapshot snapshot) throws IOException;
    }
}
