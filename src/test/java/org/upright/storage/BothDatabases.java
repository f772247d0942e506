package org.upright.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** The extension behind {@link OnBothDatabases}: one invocation per {@link Backend}, each with a fresh database. */
public final class BothDatabases implements TestTemplateInvocationContextProvider {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BothDatabases.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> m.isAnnotationPresent(OnBothDatabases.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(Backend.values()).map(backend -> new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return backend.toString();
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new FreshDatabase(backend));
            }
        });
    }

    /** A PostgreSQL server for one test class, stopped when the class is done. */
    static final class PostgresServer implements AutoCloseable {
        private final EmbeddedPostgres server;
        private final AtomicInteger databases = new AtomicInteger();

        PostgresServer() {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }

        DatabaseConfig freshDatabase() {
            String name = "test_" + databases.incrementAndGet();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + name, e);
            }
            return new DatabaseConfig(server.getJdbcUrl("postgres", name), "postgres", "");
        }

        int port() {
            return server.getPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    /** Resolves the fresh database of one invocation, and closes and removes it afterwards. */
    private static final class FreshDatabase implements ParameterResolver, AfterEachCallback {
        private final Backend backend;
        private DatabaseConfig config;
        private Path dataDir;
        private final List<Database> opened = new ArrayList<>();

        FreshDatabase(Backend backend) {
            this.backend = backend;
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == Database.class || type == DatabaseConfig.class || type == Backend.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            if (type == Backend.class) {
                return backend;
            }
            DatabaseConfig fresh = config(context);
            if (type == DatabaseConfig.class) {
                return fresh;
            }
            Database database = Database.open(fresh);
            opened.add(database);
            return database;
        }

        private DatabaseConfig config(ExtensionContext context) {
            if (config == null) {
                if (backend == Backend.H2) {
                    try {
                        dataDir = Files.createTempDirectory("upright-h2-");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    config = DatabaseConfig.forDataDir(dataDir);
                } else {
                    config = server(context).freshDatabase();
                }
            }
            return config;
        }

        @Override
        public void afterEach(ExtensionContext context) throws IOException {
            opened.forEach(Database::close);
            if (dataDir != null) {
                try (Stream<Path> files = Files.walk(dataDir)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }

    /** The PostgreSQL server of the test class, started on first use. */
    static PostgresServer server(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(PostgresServer.class, type -> new PostgresServer(), PostgresServer.class);
    }
}
