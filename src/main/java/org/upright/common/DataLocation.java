package org.upright.common;

import java.nio.file.Path;

/**
 * Where a command keeps its data: a data directory (an H2 database file and the Lucene search index), a database
 * URL for deployments on a shared PostgreSQL ({@code dbUrl} then wins over the directory's database), and an
 * OpenSearch URL for a shared search cluster ({@code searchUrl} then wins over the directory's index).
 */
public record DataLocation(Path dataDir, String dbUrl, String searchUrl) {

    /** The default: ./upright-data in the working directory. */
    public static DataLocation defaults() {
        return new DataLocation(Path.of("upright-data"), null, null);
    }
}
