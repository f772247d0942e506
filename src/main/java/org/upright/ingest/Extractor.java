package org.upright.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.upright.common.BadInputException;
import org.upright.common.UsageException;
import org.upright.reference.ReferenceData;

/**
 * Turns a UN document file into the exchange format: a pure function of the file's bytes, no database needed.
 * Thread-safe; one instance serves every extraction.
 */
public final class Extractor {
    /** Compilations are some 40 KB of text; anything beyond this is not a document we read. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final ReferenceData reference;

    public Extractor(ReferenceData reference) {
        this.reference = reference;
    }

    /** Reads and extracts one file; a missing file is a usage error, an unusable one a {@link BadInputException}. */
    public Extraction extract(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new BadInputException(name + ": file too large (" + size / (1024 * 1024)
                        + " MB; the limit is " + MAX_BYTES / (1024 * 1024) + " MB)");
            }
            return extract(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new UsageException(name + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Extracts a document given as bytes; {@code name} is its file name, used for messages and as a symbol hint. */
    public Extraction extract(String name, byte[] bytes) {
        throw new BadInputException(name + ": not implemented");
    }
}
