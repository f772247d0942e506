package org.upright.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import java.util.function.Supplier;
import org.upright.common.DataLocation;
import org.upright.common.UprightException;
import org.upright.common.UsageException;
import org.upright.ingest.Extractor;
import picocli.CommandLine;

/**
 * The {@code upright} command line: builds the picocli command tree around the services it is given and maps
 * every failure once to a one-line message and an exit code (2 bad usage, 1 failed work).
 */
public final class CommandLineInterface {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    private final Supplier<Extractor> extractor;
    private final Function<DataLocation, Backend> backends;
    private Supplier<java.io.BufferedReader> stdin = () -> new java.io.BufferedReader(
            new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));

    /**
     * Services are supplied lazily so that {@code --help} and {@code --version} start nothing; commands on stored
     * data open a {@link Backend} on the location their options give.
     */
    public CommandLineInterface(Supplier<Extractor> extractor, Function<DataLocation, Backend> backends) {
        this.extractor = extractor;
        this.backends = backends;
    }

    /** Runs one command line and returns its exit code. */
    public int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs one command line reading standard input from {@code in} (passwords), and returns its exit code. */
    public int run(java.io.BufferedReader in, PrintWriter out, PrintWriter err, String... args) {
        Supplier<java.io.BufferedReader> previous = stdin;
        stdin = () -> in;
        try {
            return run(out, err, args);
        } finally {
            stdin = previous;
        }
    }

    /** Runs one command line writing to the given streams, and returns its exit code. */
    public int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new UprightCommand(), new Factory());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(CommandLineInterface::exitCode);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("upright: " + message(exception));
            return exitCode(exception);
        });
        commandLine.setParameterExceptionHandler((exception, args1) -> {
            CommandLine cmd = exception.getCommandLine();
            cmd.getErr().println("upright: " + exception.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
            return EXIT_USAGE;
        });
        try {
            return commandLine.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands Errors back to the caller; users still get one line, never a stack trace.
            err.println("upright: " + message(e));
            err.flush();
            return EXIT_FAILED;
        }
    }

    static int exitCode(Throwable exception) {
        if (exception instanceof UsageException || exception instanceof CommandLine.ParameterException) {
            return EXIT_USAGE;
        }
        return EXIT_FAILED;
    }

    private static String message(Throwable exception) {
        if (exception instanceof UprightException) {
            return exception.getMessage();
        }
        // An unexpected failure is a bug; still one line, never a stack trace.
        return "internal error: " + exception;
    }

    /** Creates commands with their services; picocli's default factory would need no-argument constructors. */
    private final class Factory implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ExtractCommand.class) {
                return type.cast(new ExtractCommand(extractor));
            }
            if (type == IngestCommand.class) {
                return type.cast(new IngestCommand(backends));
            }
            if (type == SearchCommand.class) {
                return type.cast(new SearchCommand(backends));
            }
            if (type == ExportCommand.class) {
                return type.cast(new ExportCommand(backends));
            }
            if (type == ReindexCommand.class) {
                return type.cast(new ReindexCommand(backends));
            }
            if (type == StatusCommand.class) {
                return type.cast(new StatusCommand(backends));
            }
            if (type == CalendarCommand.class) {
                return type.cast(new CalendarCommand(backends));
            }
            if (type == ServeCommand.class) {
                return type.cast(new ServeCommand(backends));
            }
            if (type == DemoCommand.class) {
                return type.cast(new DemoCommand(backends));
            }
            if (type == UsersCommand.Add.class) {
                return type.cast(new UsersCommand.Add(backends, stdin));
            }
            if (type == UsersCommand.ListUsers.class) {
                return type.cast(new UsersCommand.ListUsers(backends));
            }
            if (type == UsersCommand.Passwd.class) {
                return type.cast(new UsersCommand.Passwd(backends, stdin));
            }
            if (type == ChartsReportCommand.class) {
                return type.cast(new ChartsReportCommand(backends));
            }
            if (type == LabelsCommand.class) {
                return type.cast(new LabelsCommand(backends));
            }
            if (type == TrainCommand.class) {
                return type.cast(new TrainCommand(backends));
            }
            if (type == ReportCommand.Compilation.class) {
                return type.cast(new ReportCommand.Compilation(backends));
            }
            if (type == ReportCommand.Draft.class) {
                return type.cast(new ReportCommand.Draft(backends));
            }
            if (type == ImportCommand.Ratifications.class) {
                return type.cast(new ImportCommand.Ratifications(backends));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
