package org.upright.search.lucene;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.LockObtainFailedException;
import org.upright.common.UprightException;

/**
 * Lucene's failures as one-line {@link UprightException}s naming the index: Lucene's own messages are long, quote
 * internal resource names and do not say what to do.
 */
final class IndexFailures {
    static final String REBUILD = "rebuild it with `upright reindex`";

    private IndexFailures() {
    }

    static UprightException of(String index, IOException failure) {
        if (failure instanceof LockObtainFailedException) {
            return new UprightException("search index " + index + " is in use: another Upright process holds its "
                    + "write.lock; stop that process or use another data directory", failure);
        }
        String damage = damage(failure);
        if (damage != null) {
            return new UprightException("search index " + index + " is damaged (" + damage + "); " + REBUILD,
                    failure);
        }
        return new UprightException("search index " + index + " failed: " + oneLine(failure), failure);
    }

    private static String damage(IOException failure) {
        if (failure instanceof IndexFormatTooOldException) {
            return "written by an older, unsupported Lucene";
        }
        if (failure instanceof IndexFormatTooNewException) {
            return "written by a newer Lucene";
        }
        if (failure instanceof CorruptIndexException) {
            return "a file is corrupt";
        }
        if (failure instanceof EOFException) {
            return "a file is truncated";
        }
        if (failure instanceof NoSuchFileException) {
            return "a file is missing";
        }
        return null;
    }

    private static String oneLine(IOException failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
