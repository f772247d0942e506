package org.upright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.upright.account.AccountService;
import org.upright.account.Role;
import org.upright.common.DataLocation;
import org.upright.common.UprightException;
import org.upright.common.UsageException;
import org.upright.ingest.IngestReport;
import org.upright.ingest.IngestService;
import org.upright.ingest.IngestedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code upright demo}: the whole product for a first look — a fresh data directory, the bundled sample documents
 * and ratification dataset ingested, a demo admin and editor, and the web application until Ctrl-C.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Start Upright on the bundled sample documents in a fresh data directory, with demo logins.",
        description = "Copies the sample UN documents and the ratification dataset that ship with Upright into a new "
                + "directory, ingests them, creates a demo admin and a demo editor with fresh passwords (printed "
                + "once), and serves the web application until Ctrl-C. Nothing outside that directory is touched.")
final class DemoCommand implements Callable<Integer> {
    /** The institution the demo editor writes for. */
    static final String DEMO_INSTITUTION = "Ministry of Justice";

    private final Function<DataLocation, Backend> backends;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "A new or empty directory for the demo's data (default: a new temporary directory).")
    Path dataDir;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
            description = "The port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The interface to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    DemoCommand(Function<DataLocation, Backend> backends) {
        this.backends = backends;
    }

    /** The demo's sign-ins, printed once. */
    record Logins(String adminPassword, String editorPassword) {
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new UsageException("--port must be 0..65535, not " + port);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = freshDirectory(dataDir);
        Backend backend = backends.apply(new DataLocation(dir.resolve("data"), null, null, false));
        Backend.Server server;
        Logins logins;
        try {
            logins = prepare(backend, dir.resolve("samples"), err);
            server = backend.serve(host, port, true);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        ServeCommand.untilStopped(backend, server, () -> {
            out.printf("%nUpright demo at http://localhost:%d (Ctrl-C to stop)%n", server.port());
            out.printf("  sign in as admin  / %s%n", logins.adminPassword());
            out.printf("  or as      editor / %s (writes for the %s)%n", logins.editorPassword(), DEMO_INSTITUTION);
            out.printf("  data in %s (delete it when done)%n", dir.toAbsolutePath());
            out.flush();
        });
        return CommandLineInterface.EXIT_OK;
    }

    /**
     * Copies the samples out, ingests the documents (progress on {@code err}), imports the ratification dataset and
     * creates the demo accounts.
     */
    static Logins prepare(Backend backend, Path samples, PrintWriter err) {
        DemoSamples.copyTo(samples);
        Path ratifications = samples.resolve(DemoSamples.RATIFICATIONS);
        List<Path> documents = IngestService.files(List.of(samples)).stream()
                .filter(f -> !f.startsWith(ratifications)).toList();
        IngestReport report = IngestCommand.withProgress(backend, documents, "Ingesting the samples", err);
        report.files().stream().filter(f -> f.status() == IngestedFile.Status.FAILED)
                .forEach(f -> err.println("upright: " + f.failure()));
        backend.ratifications().importDirectory(ratifications, "UN Treaty Collection (un-ratification dataset)");
        AccountService accounts = backend.accounts();
        String admin = AccountService.generatePassword();
        String editor = AccountService.generatePassword();
        accounts.add("admin", Role.ADMIN, Set.of(), admin);
        accounts.add("editor", Role.EDITOR, Set.of(DEMO_INSTITUTION), editor);
        err.printf("%d sample documents stored, the ratification dataset imported%n",
                report.files().size() - report.count(IngestedFile.Status.FAILED));
        err.flush();
        return new Logins(admin, editor);
    }

    /** The directory given (which must be new or empty) or a new temporary one. */
    private static Path freshDirectory(Path given) {
        try {
            if (given == null) {
                return Files.createTempDirectory("upright-demo-");
            }
            if (Files.exists(given)) {
                try (Stream<Path> entries = Files.list(given)) {
                    if (entries.findAny().isPresent()) {
                        throw new UsageException("--data " + given + " is not empty: the demo starts from a new or "
                                + "empty directory");
                    }
                }
            }
            return Files.createDirectories(given);
        } catch (IOException e) {
            throw new UprightException("cannot create the demo's data directory: " + e.getMessage(), e);
        }
    }
}
