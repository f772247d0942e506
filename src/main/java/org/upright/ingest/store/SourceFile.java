package org.upright.ingest.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A document's file as it was read: its name without directories (the lineage of a document that prints no symbol)
 * and its bytes, kept whole (UN documents are well under the extractor's 64 MB limit for text).
 */
public record SourceFile(String name, byte[] bytes) {

    /** Keeps only the last element of a path, so that the same file read from another directory keeps its name. */
    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /** The lower-case hex SHA-256 of the bytes: the document's identity in the store. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceFile file && name.equals(file.name) && Arrays.equals(bytes, file.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "SourceFile[" + name + ", " + bytes.length + " bytes]";
    }
}
