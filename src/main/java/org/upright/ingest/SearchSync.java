package org.upright.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.StoredDocument;
import org.upright.search.SearchIndex;
import org.upright.tracking.TrackingKey;

/**
 * Keeps the search index in step with the database, which is the record: each stored document is indexed after
 * its transaction commits; a crash between the two is repaired when Upright next opens the data (documents the
 * index lacks are indexed, superseded or removed ones dropped); {@code reindex} rebuilds everything.
 */
public final class SearchSync {
    private final DocumentStore store;
    private final SearchIndex index;
    private final IndexEntries entries;

    public SearchSync(DocumentStore store, SearchIndex index, IndexEntries entries) {
        this.store = store;
        this.index = index;
        this.entries = entries;
    }

    /** What a repair or a rebuild did. */
    public record Outcome(int indexed, int removed, long entries) {
    }

    /** Indexes one stored document version, and drops the versions it supersedes. */
    public void indexed(long documentId) {
        StoredDocument stored = store.find(documentId).orElse(null);
        if (stored == null) {
            index.removeDocument(documentId);
            return;
        }
        index.replaceDocument(documentId, entries.of(stored, store.load(documentId)));
        if (stored.symbol() != null || stored.fileName() != null) {
            for (StoredDocument older : store.history(stored.symbol() != null ? stored.symbol() : stored.fileName())) {
                if (older.id() != documentId && !older.current()) {
                    index.removeDocument(older.id());
                }
            }
        }
    }

    /**
     * Re-indexes the current document a tracking key points into (its lineage, as {@code TrackingKey} writes it),
     * after the item's status changed: the entry's {@code tracking} facet then shows the new status at once. A
     * cluster's key names no document and changes nothing here.
     */
    public void tracked(String trackingKey) {
        java.util.Optional<String> wanted = TrackingKey.documentLineage(trackingKey);
        if (wanted.isEmpty()) {
            return;
        }
        for (StoredDocument d : store.documents()) {
            String lineage = d.symbol() != null ? d.symbol() : d.fileName();
            if (lineage != null && TrackingKey.lineage(lineage).equals(wanted.get())) {
                indexed(d.id());
            }
        }
    }

    /**
     * Re-indexes the current document of an entry whose labels a reviewer changed (label keys are tracking keys):
     * its themes, affected persons and SDGs, the facets and the thematic list then show the decision at once.
     */
    public void labelled(String entryKey) {
        tracked(entryKey);
    }

    /**
     * Has every current document's statements and recommendations labelled again (after a new model is trained, or
     * for documents stored before labels existed) and re-indexes each: suggestions are replaced, reviewers'
     * decisions kept. Answers how many documents it went through.
     */
    public int relabel(IntConsumer progress) {
        int done = 0;
        for (StoredDocument d : store.documents()) {
            entries.suggest(d, store.load(d.id()));
            indexed(d.id());
            progress.accept(++done);
        }
        return done;
    }

    /** Makes the index hold exactly the current documents: indexes the missing, removes the rest. */
    public Outcome repair(IntConsumer progress) {
        List<StoredDocument> current = store.documents();
        Set<Long> wanted = new HashSet<>();
        current.forEach(d -> wanted.add(d.id()));
        Set<Long> held = index.documentIds();
        int removed = 0;
        for (Long id : held) {
            if (!wanted.contains(id)) {
                index.removeDocument(id);
                removed++;
            }
        }
        int indexed = 0;
        for (StoredDocument d : current) {
            if (!held.contains(d.id())) {
                index.replaceDocument(d.id(), entries.of(d, store.load(d.id())));
                indexed++;
                progress.accept(indexed);
            }
        }
        return new Outcome(indexed, removed, index.size());
    }

    /** Rebuilds the index from the database. */
    public Outcome rebuild(IntConsumer progress) {
        index.clear();
        return repair(progress);
    }

    /** How many documents a repair would index now. */
    public int missing() {
        Set<Long> held = index.documentIds();
        return (int) store.documents().stream().filter(d -> !held.contains(d.id())).count();
    }
}
