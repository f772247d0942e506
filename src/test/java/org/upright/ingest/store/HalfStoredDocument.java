package org.upright.ingest.store;

import java.util.AbstractList;
import java.util.List;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Recommendation;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;

/**
 * A process that stops for ever in the middle of storing a document, after its paragraphs and statements are
 * written and before its recommendations, and says so on standard output: the test kills it there.
 */
public final class HalfStoredDocument {
    static final String HALFWAY = "halfway";
    static final String SYMBOL = "A/HRC/99/KILLED";

    private HalfStoredDocument() {
    }

    /** Arguments: JDBC URL, user, password. */
    public static void main(String[] args) {
        List<Recommendation> stuck = new AbstractList<>() {
            @Override
            public Recommendation get(int index) {
                throw new IllegalStateException("never reached");
            }

            @Override
            public int size() {
                System.out.println(HALFWAY);
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 0;
            }
        };
        ExtractedDocument document = Documents.withRecommendations(Documents.synthetic(SYMBOL, 200, 5, 1), stuck);
        Database database = Database.open(new DatabaseConfig(args[0], args[1], args[2]));
        new DocumentStore(database).store(Documents.syntheticFile("killed.txt", 1), document);
    }
}
