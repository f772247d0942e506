package org.upright.cli;

import java.nio.file.Path;
import org.upright.common.DataLocation;
import picocli.CommandLine.Option;

/** The options that say where data lives, accepted after any command that needs data. */
final class StorageOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (H2 database and index; default: "
            + "${DEFAULT-VALUE}).", defaultValue = "upright-data")
    Path dataDir;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "A PostgreSQL database instead of the data directory's H2 file, e.g. "
                    + "jdbc:postgresql://localhost/upright (user and password from the URL or UPRIGHT_DB_USER, "
                    + "UPRIGHT_DB_PASSWORD).")
    String dbUrl;

    @Option(names = "--search", paramLabel = "URL",
            description = "An OpenSearch cluster instead of the data directory's Lucene index, e.g. "
                    + "http://localhost:9200.")
    String searchUrl;

    DataLocation location() {
        return new DataLocation(dataDir, dbUrl, searchUrl, false);
    }
}
