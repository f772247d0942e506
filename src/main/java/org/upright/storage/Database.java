package org.upright.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * An open database: pooled connections, the schema migrated by Flyway (one set of migrations for H2 and
 * PostgreSQL), and a jOOQ context without generated code. Thread-safe.
 */
public final class Database implements AutoCloseable {
    private final DatabaseConfig config;
    private final HikariDataSource dataSource;
    private final DSLContext dsl;

    private Database(DatabaseConfig config, HikariDataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
        SQLDialect dialect = config.postgres() ? SQLDialect.POSTGRES : SQLDialect.H2;
        // Unquoted lower-case names render the same on both databases (H2 runs with DATABASE_TO_LOWER).
        Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteLogging(false).withRenderSchema(false);
        this.dsl = DSL.using(dataSource, dialect, settings);
    }

    /** Opens the database and brings its schema up to date; a {@link StorageException} says in one line why not. */
    public static Database open(DatabaseConfig config) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        createDataDirectory(config);
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
        hikari.setPoolName("upright");
        hikari.setInitializationFailTimeout(1);
        hikari.setConnectionTimeout(10_000);
        if (config.postgres()) {
            // one multi-row INSERT per batch instead of one round trip per row: bulk stores run several times faster
            hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw SqlFailures.of("cannot open the database", config.describe(), e);
        }
        try {
            // H2 in PostgreSQL mode knows BYTEA only as an in-row binary; BINARY LARGE OBJECT keeps files apart
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .placeholders(Map.of("blob", config.postgres() ? "BYTEA" : "BINARY LARGE OBJECT"))
                    .load().migrate();
        } catch (FlywayException | DataAccessException e) {
            dataSource.close();
            throw SqlFailures.of("cannot bring the database up to date", config.describe(), e);
        }
        return new Database(config, dataSource);
    }

    /**
     * Creates the directory of an H2 file first: H2 itself, failing to, prints a stack trace on standard error,
     * which would break the rule of one line per failure.
     */
    private static void createDataDirectory(DatabaseConfig config) {
        Optional<Path> dir = config.h2Directory();
        if (dir.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(dir.get());
        } catch (FileAlreadyExistsException e) {
            throw new StorageException(StorageException.Reason.UNREACHABLE, "cannot open the database: the data "
                    + "directory " + dir.get() + " cannot be created (" + e.getFile() + " is not a directory)", e);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.UNREACHABLE, "cannot open the database: the data "
                    + "directory " + dir.get() + " cannot be created (" + e.getMessage() + ")", e);
        }
    }

    /** The jOOQ context for queries outside a transaction. */
    public DSLContext dsl() {
        return dsl;
    }

    /** The pooled connections. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Whether the database is PostgreSQL (else H2). */
    public boolean postgres() {
        return config.postgres();
    }

    /** The configuration the database was opened with. */
    public DatabaseConfig config() {
        return config;
    }

    /** Runs work in one transaction: all of it is stored, or none of it. */
    public <T> T inTransaction(Function<DSLContext, T> work) {
        return inTransaction("the database refused the change", work);
    }

    /**
     * Runs work in one transaction: all of it is stored, or none of it. A database failure becomes a
     * {@link StorageException} whose one line starts with {@code doing} ("cannot store X.pdf"); any other exception
     * thrown by the work rolls the transaction back and passes unchanged.
     */
    public <T> T inTransaction(String doing, Function<DSLContext, T> work) {
        try {
            return dsl.transactionResult(configuration -> work.apply(DSL.using(configuration)));
        } catch (DataAccessException e) {
            throw failure(doing, e);
        }
    }

    /** A database failure as a {@link StorageException} with one line: what was being done and what is wrong. */
    public StorageException failure(String doing, Throwable e) {
        return SqlFailures.of(doing, config.describe(), e);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
