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

    ExtractCommand(Supplier<Extractor> extractor) {
        this.extractor = extractor;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Extractor service = extractor.get();
        List<String> documents = new ArrayList<>();
        int failures = 0;
        for (Path file : files) {
            try {
                Extraction extraction = service.extract(file);
                extraction.warnings().forEach(w -> err.println("upright: warning: " + w));
                String json = jsonl || files.size() > 1
                        ? ExchangeJson.line(extraction.document()) : ExchangeJson.pretty(extraction.document());
                if (jsonl) {
                    out.println(json);
                    out.flush();
                } else {
                    documents.add(json);
                }
            } catch (BadInputException | UsageException e) {
                err.println("upright: " + e.getMessage());
                failures++;
            } catch (UprightException e) {
                err.println("upright: " + file + ": " + e.getMessage());
                failures++;
            }
        }
        if (!jsonl) {
            if (files.size() == 1) {
                documents.forEach(out::println);
            } else {
                out.println(documents.isEmpty() ? "[]" : "[\n" + String.join(",\n", documents) + "\n]");
            }
        }
        out.flush();
        return failures == 0 ? CommandLineInterface.EXIT_OK : CommandLineInterface.EXIT_FAILED;
    }
}
