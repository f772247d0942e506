package org.upright.ingest;

import java.nio.file.Path;
import java.util.List;
import org.upright.ingest.model.DocumentInfo;
import org.upright.ingest.store.StoreOutcome;
import org.upright.ingest.store.StoredDocument;

/**
 * What happened to one file of a batch: stored new, unchanged, stored as a new version of its document, or failed
 * (with the reason); with the stored document's id (null when failed), its identity, its counts and the warnings its
 * extraction raised.
 */
public record IngestedFile(Path file, Status status, Long documentId, String symbol, String kind, int paragraphs,
                           int statements, int recommendations, String failure, List<String> warnings) {

    /** The outcomes of a file. */
    public enum Status {
        NEW, UNCHANGED, NEW_VERSION, FAILED
    }

    static IngestedFile stored(Path file, Extraction extraction, StoreOutcome outcome) {
        DocumentInfo info = extraction.document().document();
        Status status = switch (outcome.status()) {
            case NEW -> Status.NEW;
            case UNCHANGED -> Status.UNCHANGED;
            case NEW_VERSION -> Status.NEW_VERSION;
        };
        return new IngestedFile(file, status, outcome.documentId(), info.symbol(), info.kind(), outcome.paragraphs(),
                outcome.statements(), outcome.recommendations(), null, extraction.warnings());
    }

    /** The same outcome with one more warning. */
    IngestedFile withWarning(String warning) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.add(warning);
        return new IngestedFile(file, status, documentId, symbol, kind, paragraphs, statements, recommendations,
                failure, List.copyOf(all));
    }

    static IngestedFile unchanged(Path file, StoredDocument stored, StoreOutcome outcome) {
        return new IngestedFile(file, Status.UNCHANGED, stored.id(), stored.symbol(), stored.kind(),
                outcome.paragraphs(), outcome.statements(), outcome.recommendations(), null, List.of());
    }

    static IngestedFile failed(Path file, String reason) {
        return new IngestedFile(file, Status.FAILED, null, null, null, 0, 0, 0, reason, List.of());
    }
}
