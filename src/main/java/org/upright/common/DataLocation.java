package org.upright.common;

import java.nio.file.Path;

/**
 * Where a command keeps its data: a data directory (an H2 database file and the Lucene search index), a database
 * URL for deployments on a shared PostgreSQL ({@code dbUrl} then wins over the directory's database), and an
 * OpenSearch URL for a shared search cluster ({@code searchUrl} then wins over the directory's index).
 */
public record DataLocation(Path dataDir, String dbUrl, String searchUrl, boolean freshIndex) {

    /** The default: ./upright-data in the working directory. */
    public static DataLocation defaults() {
        return new DataLocation(Path.of("upright-data"), null, null, false);
    }

    /** The same place, for a rebuild of the index: the old index is not opened (it may be damaged) but replaced. */
    public DataLocation forRebuild() {
        return new DataLocation(dataDir, dbUrl, searchUrl, true);
    }
}
