package org.upright.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.upright.common.DataLocation;
import org.upright.ingest.SearchSync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code upright reindex}: rebuilds the search index from the database, which is the record. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        header = "Rebuild the search index from the database.",
        description = "Drops the index and indexes every current document again, with progress. Needed only after "
                + "damage to the index: a crash between storing and indexing is repaired at every start.")
final class ReindexCommand implements Callable<Integer> {
    private final Function<DataLocation, Backend> backends;

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage;

    ReindexCommand(Function<DataLocation, Backend> backends) {
        this.backends = backends;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Backend backend = backends.apply(storage.location().forRebuild())) {
            SearchSync sync = backend.searchSync();
            SearchSync.Outcome outcome;
            try (Progress progress = Progress.of("Reindexing", backend.documentCount(),
                    spec.commandLine().getErr())) {
                outcome = sync.rebuild(progress::stepTo);
            }
            out.printf("%d document(s) indexed, %,d entries%n", outcome.indexed(), outcome.entries());
        }
        out.flush();
        return CommandLineInterface.EXIT_OK;
    }
}
