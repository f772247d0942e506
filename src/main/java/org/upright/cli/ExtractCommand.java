package org.upright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.upright.common.BadInputException;
import org.upright.common.UprightException;
import org.upright.common.UsageException;
import org.upright.ingest.ExchangeJson;
import org.upright.ingest.Extraction;
import org.upright.ingest.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code upright extract FILE...}: prints each document in the exchange format; no database. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Extract UN documents into the exchange JSON (corpus/GOLD.md); no database.",
        description = "Extract UN documents into the exchange JSON (corpus/GOLD.md). One file gives a JSON object, "
                + "several a JSON array; a file that fails is reported on stderr and the others are still extracted "
                + "(exit code 1 if any failed).")
final class ExtractCommand implements Callable<Integer> {
    private final Supplier<Extractor> extractor;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "UN documents (plain text of a UPR compilation).")
    List<Path> files;

    @Option(names = "--jsonl", description = "One JSON document per line instead of an array.")
    boolean jsonl;

    @Option(names = "--join", description = "Give each UPR Working Group report the State's positions from its "
            + "Add.1 (both among the files); the Add.1 is then not printed on its own.")
    boolean join;

    ExtractCommand(Supplier<Extractor> extractor) {
        this.extractor = extractor;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Extractor service = extractor.get();
        List<Extraction> extractions = new ArrayList<>();
        int failures = 0;
        for (Path file : files) {
            try {
                Extraction extraction = service.extract(file);
                extraction.warnings().forEach(w -> err.println("upright: warning: " + w));
                if (jsonl && !join) {
                    out.println(ExchangeJson.line(extraction.document()));
                    out.flush();
                } else {
                    extractions.add(extraction);
                }
            } catch (BadInputException | UsageException e) {
                err.println("upright: " + e.getMessage());
                failures++;
            } catch (UprightException e) {
                err.println("upright: " + file + ": " + e.getMessage());
                failures++;
            }
        }
        if (join) {
            List<Extraction> joined = service.joinResponses(extractions);
            List<String> printed = extractions.stream().flatMap(e -> e.warnings().stream()).toList();
            joined.stream().flatMap(e -> e.warnings().stream()).filter(w -> !printed.contains(w))
                    .forEach(w -> err.println("upright: warning: " + w));
            extractions.clear();
            extractions.addAll(joined);
        }
        print(out, extractions);
        out.flush();
        return failures == 0 ? CommandLineInterface.EXIT_OK : CommandLineInterface.EXIT_FAILED;
    }

    private void print(PrintWriter out, List<Extraction> extractions) {
        if (jsonl) {
            extractions.forEach(e -> out.println(ExchangeJson.line(e.document())));
        } else if (extractions.isEmpty() && files.size() == 1) {
            return; // the one file failed: its error is on stderr, nothing to print
        } else if (extractions.size() == 1 && (files.size() == 1 || join)) {
            out.println(ExchangeJson.pretty(extractions.get(0).document()));
        } else {
            List<String> documents = extractions.stream().map(e -> ExchangeJson.line(e.document())).toList();
            out.println(documents.isEmpty() ? "[]" : "[\n" + String.join(",\n", documents) + "\n]");
        }
    }
}
