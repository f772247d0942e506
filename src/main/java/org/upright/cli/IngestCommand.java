package org.upright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.upright.common.DataLocation;
import org.upright.ingest.IngestReport;
import org.upright.ingest.IngestService;
import org.upright.ingest.IngestedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code upright ingest FILE|DIR...}: extract and store, with progress and a summary; exit 1 on any failed file. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Extract and store UN documents; the same file again changes nothing.",
        description = "Extracts every PDF and text file given or found in the directories (in parallel) and stores "
                + "each document in its own transaction: a new document, an unchanged one (same bytes), or a new "
                + "version of a stored one (older versions are kept as history). Prints a summary; a file that "
                + "fails is listed with its reason and stored nowhere.")
final class IngestCommand implements Callable<Integer> {
    private final Function<DataLocation, Backend> backends;

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Documents, or directories of them.")
    List<Path> inputs;

    IngestCommand(Function<DataLocation, Backend> backends) {
        this.backends = backends;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = IngestService.files(inputs);
        IngestReport report;
        try (Backend backend = backends.apply(storage.location())) {
            report = withProgress(backend, files, "Ingesting", err);
        }
        report.files().forEach(f -> f.warnings().forEach(w -> err.println("upright: warning: " + w)));
        Summary.print(out, report);
        report.files().stream().filter(f -> f.status() == IngestedFile.Status.FAILED)
                .forEach(f -> err.println("upright: " + f.failure()));
        out.flush();
        return report.failed() ? CommandLineInterface.EXIT_FAILED : CommandLineInterface.EXIT_OK;
    }

    /** Ingests the files with a progress bar (or lines, off a terminal) on {@code err}. */
    static IngestReport withProgress(Backend backend, List<Path> files, String label, PrintWriter err) {
        try (Progress progress = Progress.of(label, files.size(), err)) {
            return backend.ingest().ingest(files, new IngestService.Listener() {
                @Override
                public void started(int count) {
                    progress.max(count);
                }

                @Override
                public void done(IngestedFile file) {
                    progress.step(file.file().getFileName().toString());
                }
            });
        }
    }

    /** The summary table: one line per document, then the totals and the failures with their reasons. */
    static final class Summary {
        private Summary() {
        }

        static void print(PrintWriter out, IngestReport report) {
            out.printf("%-24s %-26s %-12s %10s %10s %15s%n", "document", "kind", "status", "paragraphs",
                    "statements", "recommendations");
            for (IngestedFile f : report.files()) {
                String name = f.symbol() != null ? f.symbol() : f.file().getFileName().toString();
                out.printf("%-24s %-26s %-12s %10s %10s %15s%n", shorten(name, 24),
                        f.kind() == null ? "-" : f.kind(), f.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        count(f, f.paragraphs()), count(f, f.statements()), count(f, f.recommendations()));
            }
            out.printf("%d file(s): %d new, %d unchanged, %d new version(s), %d failed; %,d paragraphs, %,d statements, "
                    + "%,d recommendations stored or kept%n", report.files().size(),
                    report.count(IngestedFile.Status.NEW), report.count(IngestedFile.Status.UNCHANGED),
                    report.count(IngestedFile.Status.NEW_VERSION), report.count(IngestedFile.Status.FAILED),
                    report.paragraphs(), report.statements(), report.recommendations());
            List<IngestedFile> failures = report.files().stream()
                    .filter(f -> f.status() == IngestedFile.Status.FAILED).toList();
            if (!failures.isEmpty()) {
                out.println("failures:");
                failures.forEach(f -> out.println("  " + f.failure()));
            }
        }

        private static String count(IngestedFile f, int n) {
            return f.status() == IngestedFile.Status.FAILED ? "-" : Integer.toString(n);
        }

        private static String shorten(String text, int width) {
            return text.length() <= width ? text : "…" + text.substring(text.length() - width + 1);
        }
    }
}
