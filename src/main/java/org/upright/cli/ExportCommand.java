package org.upright.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.upright.common.DataLocation;
import org.upright.common.UprightException;
import org.upright.report.ExportFormat;
import org.upright.report.ExportRequest;
import org.upright.report.ExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code upright export COUNTRY}: a State's statements and recommendations, with their metadata, as a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Export a State's statements and recommendations with all metadata as CSV, JSON or XLSX, or the thematic list of recommendations as DOCX.",
        description = {"Takes the filters of upright search. The file is written whole or not at all."})
final class ExportCommand implements Callable<Integer> {
    /** More rows than this (more than one page of the index) and the user sees progress. */
    private static final long BIG = 1_000;

    private final Function<DataLocation, Backend> backends;

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Mixin
    SearchFilters searchFilters;

    @Parameters(index = "0", paramLabel = "COUNTRY", description = "The State, ISO 3166 alpha-3 (KAZ).")
    String country;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "csv, json, xlsx, or docx (the thematic list of recommendations).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The file to write.")
    Path output;

    @Option(names = "--tracking", paramLabel = "STATUS", split = ",",
            description = "Only these tracking statuses (not_started, in_progress, ...).")
    List<String> tracking;

    @Option(names = "--thematic-list", description = "Write the UPR thematic list of recommendations (grouped by "
            + "theme, with position, themes, affected persons and SDGs) as docx or xlsx.")
    boolean thematicList;

    @Option(names = "--query", paramLabel = "WORDS", defaultValue = "",
            description = "Only entries matching these words (the syntax of upright search).")
    String words;

    ExportCommand(Function<DataLocation, Backend> backends) {
        this.backends = backends;
    }

    @Override
    public Integer call() {
        ExportFormat as = ExportFormat.of(format);
        Map<String, List<String>> filters = new LinkedHashMap<>();
        searchFilters.into(filters);
        SearchFilters.put(filters, "tracking", tracking);
        ExportRequest request = new ExportRequest(country, filters, words);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = output.toAbsolutePath();
        int rows;
        try (Backend backend = backends.apply(storage.location())) {
            ExportService exports = backend.exports();
            Writer writer = thematicList ? exports::writeThematicList : exports::write;
            Progress[] bar = new Progress[1];
            try {
                // rows are read before any file is opened: no data leaves no file behind
                rows = writeWhole(target, stream -> writer.write(request, as, stream, (done, total) -> {
                    if (total > BIG) {
                        if (bar[0] == null) {
                            bar[0] = Progress.of("export", total, err);
                        }
                        bar[0].stepTo(done);
                    }
                }));
            } finally {
                if (bar[0] != null) {
                    bar[0].close();
                }
            }
        }
        out.printf("%d %s of %s written to %s (%s)%n", rows, thematicList
                ? (rows == 1 ? "recommendation" : "recommendations") : (rows == 1 ? "entry" : "entries"),
                request.country(), output, thematicList ? "thematic list, " + as.extension() : as.extension());
        out.flush();
        return CommandLineInterface.EXIT_OK;
    }

    /** One of the service's two ways of writing an export. */
    private interface Writer {
        int write(ExportRequest request, ExportFormat format, OutputStream out, ExportService.Progress progress);
    }

    /** Writes into a temporary file beside the target and moves it into place, so a failure leaves no half file. */
    private static int writeWhole(Path target, Function<OutputStream, Integer> writer) {
        Path dir = target.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, ".upright-export-", ".part");
            int rows;
            try (OutputStream stream = Files.newOutputStream(temp)) {
                rows = writer.apply(stream);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return rows;
        } catch (IOException | UncheckedIOException e) {
            throw new UprightException("cannot write " + target + ": " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the export failed already; the leftover is named .part
                }
            }
        }
    }
}
