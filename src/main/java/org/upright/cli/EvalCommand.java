package org.upright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.upright.classify.ClassificationService;
import org.upright.classify.ClassifierTrainer;
import org.upright.classify.Evaluation;
import org.upright.classify.Family;
import org.upright.classify.LabelledFile;
import org.upright.classify.LabelledStatement;
import org.upright.classify.Taxonomy;
import org.upright.common.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code upright eval ...}: measures a component against labelled data. */
@Command(name = "eval", mixinStandardHelpOptions = true, header = "Measure a component against labelled data.",
        subcommands = EvalCommand.Classify.class)
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code upright eval classify FILE.jsonl [--cross-validate]}: precision, recall and F1 per label family. */
    @Command(name = "classify", mixinStandardHelpOptions = true,
            header = "Score the classifier against labelled JSONL (micro/macro P/R/F1 per family).",
            description = "Reads lines in the corpus format (text, themes, affected_persons, sdgs; any cycle's "
                    + "vocabulary, mapped through the taxonomy). A family is scored only on the documents that label "
                    + "it. With --cross-validate, trains on all documents ('doc') but one and tests on that one, for "
                    + "each, and prints the most-frequent-label baseline beside the figures.")
    static final class Classify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "Labelled statements.")
        Path file;

        @Option(names = "--cross-validate", description = "Cross-validate by document instead of scoring the model.")
        boolean crossValidate;

        @Option(names = "--adapt", paramLabel = "N", defaultValue = "0", description = "With --cross-validate: N "
                + "statements of each held-out document, spread through it, join its training as corrections do (each "
                + "counting " + ClassifierTrainer.CORRECTION_WEIGHT + " times) and are not scored: what an editor's "
                + "corrections of N statements of a new kind of list bring.")
        int adapt;

        @Option(names = "--model", paramLabel = "MODEL", description = "A model from 'upright train' (default: the "
                + "shipped one); not with --cross-validate.")
        Path model;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (adapt < 0 || adapt > 100_000) {
                throw new UsageException("--adapt must be 0..100000");
            }
            if (adapt > 0 && !crossValidate) {
                throw new UsageException("--adapt goes with --cross-validate");
            }
            Taxonomy taxonomy = Taxonomy.load();
            List<LabelledStatement> statements = LabelledFile.read(file, taxonomy);
            Map<Family, Evaluation.Scores> scores;
            if (crossValidate) {
                Evaluation.CrossValidation result;
                try (Progress progress = Progress.of("Cross-validating", Evaluation.fits(statements, adapt),
                        spec.commandLine().getErr())) {
                    result = Evaluation.crossValidate(taxonomy, statements, adapt, progress::step);
                }
                out.println("cross-validation by document, " + result.folds().size() + " folds: "
                        + String.join(", ", result.folds())
                        + (adapt > 0 ? "; " + adapt + " statements of each held-out document in its training" : ""));
                out.println("per document (micro F1):");
                result.byDocument().forEach((doc, ofDoc) -> out.println("  " + doc + " " + ofDoc.values().stream()
                        .filter(s -> s.statements() > 0)
                        .map(s -> String.format(Locale.ROOT, "%s=%.3f", s.family().outputName(), s.microF1()))
                        .collect(Collectors.joining(" "))));
                scores = result.model();
                out.println("strict (exact ids):");
                for (Family family : Family.values()) {
                    out.println(line(scores.get(family)) + "   baseline " + line(result.baseline().get(family)));
                }
                out.println("vocabulary-aware (each document's granularity):");
                for (Family family : Family.values()) {
                    out.println(line(result.modelByVocabulary().get(family)) + "   baseline "
                            + line(result.baselineByVocabulary().get(family)));
                }
                out.println(summary("vocabulary-aware ", result.modelByVocabulary()));
            } else {
                ClassificationService service = model == null ? ClassificationService.bundled()
                        : ClassificationService.fromFile(model);
                Evaluation.Both both = Evaluation.evaluateBoth(taxonomy, service, statements);
                scores = both.strict();
                out.println("strict (exact ids):");
                scores.values().forEach(s -> out.println(line(s)));
                out.println("vocabulary-aware (each document's granularity):");
                both.byVocabulary().values().forEach(s -> out.println(line(s)));
                out.println(summary("vocabulary-aware ", both.byVocabulary()));
            }
            // The last line stays the strict one, the figure the targets are read against.
            out.println(summary("", scores));
            out.flush();
            return CommandLineInterface.EXIT_OK;
        }

        private static String summary(String prefix, Map<Family, Evaluation.Scores> scores) {
            return prefix + scores.values().stream()
                    .map(s -> String.format(Locale.ROOT, "%s microF1=%.2f", s.family().outputName(), s.microF1()))
                    .collect(Collectors.joining(" "));
        }

        private static String line(Evaluation.Scores s) {
            return String.format(Locale.ROOT, "%-15s n=%-5d micro P=%.3f R=%.3f F1=%.3f  macro P=%.3f R=%.3f F1=%.3f",
                    s.family().outputName(), s.statements(), s.microPrecision(), s.microRecall(), s.microF1(),
                    s.macroPrecision(), s.macroRecall(), s.macroF1());
        }
    }
}
