package org.upright.cli;

import org.upright.common.FileReplace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.upright.classify.ClassificationModel;
import org.upright.classify.ClassifierTrainer;
import org.upright.classify.Family;
import org.upright.classify.LabelledFile;
import org.upright.classify.LabelledStatement;
import org.upright.classify.Taxonomy;
import org.upright.common.BadInputException;
import org.upright.common.DataLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code upright train}: trains the classifier from labelled JSONL into a model file. */
@Command(name = "train", mixinStandardHelpOptions = true,
        header = "Train the theme, affected-person and SDG classifier from labelled recommendations.",
        description = "Reads labelled JSONL (the corpus format: text, themes, affected_persons, sdgs, doc) and writes "
                + "the model that 'upright classify' uses. Deterministic: the same files give the same bytes.")
final class TrainCommand implements Callable<Integer> {
    private final Function<DataLocation, Backend> backends;

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Option(names = "--with-corrections", description = "Also learn from the reviewers' decisions stored in the data "
            + "directory (or --db): accepted and added labels, each reviewed statement counting "
            + ClassifierTrainer.CORRECTION_WEIGHT + " times; write the model to DATA/" + Backend.MODEL_FILE + " to have "
            + "that data directory's app use it.")
    boolean withCorrections;

    @Option(names = "--from", paramLabel = "FILE.jsonl", description = "Labelled statements (repeatable; default: "
            + "${DEFAULT-VALUE}).", defaultValue = "../shared/corpus/labelled/upr-thematic-lists.jsonl")
    List<Path> from;

    @Option(names = {"-o", "--output"}, paramLabel = "MODEL", description = "The model file to write (default: "
            + "${DEFAULT-VALUE}, the one the build ships).",
            defaultValue = "src/main/resources/org/upright/classify/model.bin")
    Path output;

    TrainCommand(Function<DataLocation, Backend> backends) {
        this.backends = backends;
    }

    @Override
    public Integer call() throws IOException {
        Taxonomy taxonomy = Taxonomy.load();
        List<LabelledStatement> statements = new ArrayList<>();
        for (Path file : from) {
            statements.addAll(LabelledFile.read(file, taxonomy));
        }
        List<LabelledStatement> reviewed = List.of();
        if (withCorrections) {
            try (Backend backend = backends.apply(storage.location())) {
                reviewed = backend.labels().corrections();
            }
        }
        int corrections = reviewed.size();
        ClassificationModel model;
        List<LabelledStatement> all = new ArrayList<>(statements);
        all.addAll(reviewed);
        try (Progress progress = Progress.of("Training", ClassifierTrainer.fits(all), spec.commandLine().getErr())) {
            model = new ClassifierTrainer(taxonomy, progress::step).train(statements, reviewed);
        }
        Path absolute = output.toAbsolutePath();
        if (absolute.getParent() != null && !Files.isDirectory(absolute.getParent())) {
            throw new BadInputException(output + ": no such directory");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        FileReplace.write(absolute, bytes.toByteArray());
        var out = spec.commandLine().getOut();
        out.printf("trained on %d statements%s; thresholds", statements.size() + corrections,
                withCorrections ? " (" + corrections + " reviewed in the record)" : "");
        for (Family family : Family.values()) {
            out.printf(" %s=%.3f", family.outputName(), model.threshold(family));
        }
        out.printf("; wrote %s%n", output);
        out.flush();
        return CommandLineInterface.EXIT_OK;
    }
}
