package org.upright.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Map;
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
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
        hikari.setPoolName("upright");
        hikari.setInitializationFailTimeout(1);
        hikari.setConnectionTimeout(10_000);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new StorageException("cannot open the database " + config.describe() + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .placeholders(Map.of("blob", config.postgres() ? "BYTEA" : "BLOB"))
                    .load().migrate();
        } catch (FlywayException | DataAccessException e) {
            dataSource.close();
            throw new StorageException("cannot bring the database " + config.describe() + " up to date: "
                    + rootMessage(e), e);
        }
        return new Database(config, dataSource);
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
        try {
            return dsl.transactionResult(configuration -> work.apply(DSL.using(configuration)));
        } catch (DataAccessException e) {
            throw new StorageException("the database refused the change: " + rootMessage(e), e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** The innermost cause's message, on one line: what the driver actually said. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (root instanceof SQLException sql && sql.getSQLState() != null) {
            message = message + " (SQL state " + sql.getSQLState() + ")";
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
