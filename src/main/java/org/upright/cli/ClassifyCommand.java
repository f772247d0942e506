package org.upright.cli;

import org.upright.common.FileReplace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.upright.classify.ClassificationService;
import org.upright.classify.JsonlClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code upright classify FILE.jsonl}: adds suggested themes, affected persons and SDGs to each line. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        header = "Suggest themes, affected persons and SDGs for each line of a JSONL file.",
        description = "Reads lines with 'text' and writes them back with 'themes', 'affectedPersons' and 'sdgs' "
                + "(id, label, confidence). A bad line fails the file, naming it; nothing is half written.")
final class ClassifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "One JSON object with 'text' per line.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Option(names = "--model", paramLabel = "MODEL", description = "A model from 'upright train' (default: the "
            + "shipped one).")
    Path model;

    @Override
    public Integer call() throws IOException {
        ClassificationService service = model == null ? ClassificationService.bundled()
                : ClassificationService.fromFile(model);
        List<String> lines = new JsonlClassifier(service).classify(file);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            lines.forEach(out::println);
            out.flush();
        } else {
            StringBuilder text = new StringBuilder();
            lines.forEach(line -> text.append(line).append(System.lineSeparator()));
            FileReplace.write(output, text.toString().getBytes(StandardCharsets.UTF_8));
        }
        return CommandLineInterface.EXIT_OK;
    }
}
