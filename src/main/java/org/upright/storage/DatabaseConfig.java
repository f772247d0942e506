package org.upright.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where Upright's data lives: an H2 database file inside a data directory (one machine), or a PostgreSQL server
 * given by its JDBC URL (several nodes). User and password come from the URL or from UPRIGHT_DB_USER and
 * UPRIGHT_DB_PASSWORD.
 */
public record DatabaseConfig(String url, String user, String password) {

    /** The H2 file database of a data directory ({@code DIR/upright.mv.db}). */
    public static DatabaseConfig forDataDir(Path dir) {
        Path file = dir.toAbsolutePath().normalize().resolve("upright");
        // PostgreSQL mode keeps one set of migrations for both databases; AUTO_SERVER lets a second process (a
        // serve beside an ingest) open the same file instead of failing on the lock. Writers of one document wait
        // for each other up to 5 s (H2's default is 1 s), and the store tries again after that.
        return new DatabaseConfig("jdbc:h2:file:" + file
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
                + ";DEFAULT_LOCK_TIMEOUT=5000",
                "sa", "");
    }

    /** A database given by its JDBC URL (jdbc:postgresql://host/db, or jdbc:h2:... for tests). */
    public static DatabaseConfig forUrl(String url) {
        return new DatabaseConfig(url, System.getenv().getOrDefault("UPRIGHT_DB_USER", ""),
                System.getenv().getOrDefault("UPRIGHT_DB_PASSWORD", ""));
    }

    /** Whether this is a PostgreSQL database. */
    public boolean postgres() {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
    }

    /** The directory of an H2 file database ({@code jdbc:h2:file:DIR/name;...}); empty for any other database. */
    public Optional<Path> h2Directory() {
        String prefix = "jdbc:h2:file:";
        if (!url.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return Optional.empty();
        }
        String file = url.substring(prefix.length()).replaceAll(";.*", "");
        Path parent = Path.of(file).toAbsolutePath().getParent();
        return Optional.ofNullable(parent);
    }

    /** The URL without credentials, for messages. */
    public String describe() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll(";.*", "");
    }
}
