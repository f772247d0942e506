package org.upright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.upright.classify.CorrectionsFile;
import org.upright.classify.EntryLabel;
import org.upright.classify.LabelNames;
import org.upright.classify.LabelService;
import org.upright.classify.LabelState;
import org.upright.classify.ReviewItem;
import org.upright.common.DataLocation;
import org.upright.common.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code upright labels queue|export-corrections}: the review queue of suggested labels and reviewers' corrections. */
@Command(name = "labels", mixinStandardHelpOptions = true,
        header = "The review queue of suggested labels, and the reviewed labels as training data.",
        subcommands = {LabelsCommand.Queue.class, LabelsCommand.ExportCorrections.class, LabelsCommand.Suggest.class})
final class LabelsCommand implements Runnable {
    private static final int TEXT_SHOWN = 160;

    private final Function<DataLocation, Backend> backends;

    @Spec
    CommandSpec spec;

    LabelsCommand(Function<DataLocation, Backend> backends) {
        this.backends = backends;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code labels queue [COUNTRY] [--limit N]}: how many entries wait for review, and the first ones. */
    @Command(name = "queue", mixinStandardHelpOptions = true, header = "Show how many entries wait for review.",
            description = "Counts the statements and recommendations with undecided suggested labels and lists the "
                    + "first of them, least confident first, as the web review queue shows them.")
    static final class Queue implements Callable<Integer> {
        @ParentCommand
        LabelsCommand parent;

        @Spec
        CommandSpec spec;

        @Mixin
        StorageOptions storage;

        @Parameters(paramLabel = "COUNTRY", arity = "0..1",
                description = "A State's ISO 3166 alpha-3 code (default: every State).")
        String country;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
                description = "How many entries to list (0 to 500; default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            String state = country(country);
            if (limit < 0 || limit > 500) {
                throw new UsageException("--limit " + limit + ": give 0 to 500");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Backend backend = parent.backends.apply(storage.location())) {
                LabelService labels = backend.labels();
                long waiting = labels.waiting(state);
                out.printf("%,d %s wait%s for review%s%n", waiting, waiting == 1 ? "entry" : "entries",
                        waiting == 1 ? "s" : "", state == null ? "" : " (" + state + ")");
                List<ReviewItem> first = limit == 0 || waiting == 0 ? List.of() : labels.queue(state, 0, limit);
                for (ReviewItem item : first) {
                    out.printf("%n%s  %s  %s  %s%n", item.entry().key(), orDash(item.entry().country()),
                            orDash(item.entry().kind()), orDash(item.entry().symbol()));
                    out.printf("  %s%n", shortened(item.entry().text()));
                    out.printf("  suggested: %s%n", suggested(item.labels()));
                }
            }
            out.flush();
            return CommandLineInterface.EXIT_OK;
        }
    }

    /** {@code labels export-corrections -o FILE.jsonl}: reviewed labels in the corpus format, for {@code train}. */
    @Command(name = "export-corrections", mixinStandardHelpOptions = true,
            header = "Write the reviewed labels as labelled JSONL for training.",
            description = "Writes every reviewed statement and recommendation with its accepted and added labels "
                    + "(canonical ids; rejected ones left out) in the labelled corpus format, so that "
                    + "'upright train --from corpus.jsonl --from corrections.jsonl' learns from the review.")
    static final class ExportCorrections implements Callable<Integer> {
        @ParentCommand
        LabelsCommand parent;

        @Spec
        CommandSpec spec;

        @Mixin
        StorageOptions storage;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.jsonl",
                description = "The file to write.")
        Path output;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Backend backend = parent.backends.apply(storage.location())) {
                int written = CorrectionsFile.write(backend.labels().corrections(), output);
                out.printf("%,d reviewed %s written to %s%n", written, written == 1 ? "entry" : "entries", output);
            }
            out.flush();
            return CommandLineInterface.EXIT_OK;
        }
    }

    /** {@code labels suggest}: labels every stored document's entries again, keeping reviewers' decisions. */
    @Command(name = "suggest", mixinStandardHelpOptions = true,
            header = "Suggest labels again for every stored statement and recommendation.",
            description = "Runs the classifier over every current document (after 'upright train', or for "
                    + "documents stored before labels existed) and re-indexes them: earlier suggestions are "
                    + "replaced, accepted, added and rejected labels kept.")
    static final class Suggest implements Callable<Integer> {
        @ParentCommand
        LabelsCommand parent;

        @Spec
        CommandSpec spec;

        @Mixin
        StorageOptions storage;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Backend backend = parent.backends.apply(storage.location())) {
                backend.labels(); // a build without the classifier says so before any work
                int documents;
                try (Progress progress = Progress.of("Labelling", backend.documentCount(),
                        spec.commandLine().getErr())) {
                    documents = backend.searchSync().relabel(progress::stepTo);
                }
                out.printf("%d document(s) labelled; %,d entries wait for review%n", documents,
                        backend.labels().waiting(null));
            }
            out.flush();
            return CommandLineInterface.EXIT_OK;
        }
    }

    private static String country(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String code = given.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new UsageException(given + ": give the State's ISO 3166 alpha-3 code, e.g. KAZ");
        }
        return code;
    }

    private static String suggested(List<EntryLabel> labels) {
        List<String> shown = new ArrayList<>();
        for (EntryLabel l : labels) {
            if (l.state() == LabelState.SUGGESTED) {
                shown.add(l.family().taxonomyName() + " " + LabelNames.display(l.family(), l.conceptId(), l.label())
                        + String.format(Locale.ROOT, " (%.2f)", l.confidence() == null ? 1.0 : l.confidence()));
            }
        }
        return String.join("; ", shown);
    }

    private static String shortened(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= TEXT_SHOWN ? flat : flat.substring(0, TEXT_SHOWN - 1) + "…";
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
