package org.upright.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.upright.common.DataLocation;
import org.upright.common.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code upright serve}: the REST API (and later the web UI) over the stored data, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Serve the REST API (/api/..., /healthz) over the stored data until Ctrl-C.",
        description = "The API is described at /api/openapi.json. Errors are RFC 9457 problem details.")
final class ServeCommand implements Callable<Integer> {
    private final Function<DataLocation, Backend> backends;

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
            description = "The port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for "
                    + "every interface, behind a TLS proxy when not on a trusted network).")
    String host;

    @Option(names = "--private", description = "No public view: only signed-in accounts read anything "
            + "(add them with 'upright users add').")
    boolean privateView;

    ServeCommand(Function<DataLocation, Backend> backends) {
        this.backends = backends;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new UsageException("--port must be 0..65535, not " + port);
        }
        PrintWriter out = spec.commandLine().getOut();
        Backend backend = backends.apply(storage.location());
        Backend.Server server;
        try {
            server = backend.serve(host, port, !privateView);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        untilStopped(backend, server, () -> {
            out.printf("Upright at http://localhost:%d (Ctrl-C to stop)%n", server.port());
            out.flush();
        });
        return CommandLineInterface.EXIT_OK;
    }

    /**
     * Tells the user (once the stop hook is in place) and waits until Ctrl-C, which stops the server before the
     * database and index it reads close.
     */
    static void untilStopped(Backend backend, Backend.Server server, Runnable started) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
            } finally {
                backend.close();
                stopped.countDown();
            }
        }, "upright-serve-shutdown"));
        started.run();
        stopped.await();
    }
}
