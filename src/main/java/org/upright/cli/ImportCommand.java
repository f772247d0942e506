package org.upright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.upright.common.DataLocation;
import org.upright.obligation.RatificationImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code upright import ratifications DIR}: loads public ratification data as facts tagged with their source. */
@Command(name = "import", mixinStandardHelpOptions = true, header = "Import public reference data.",
        subcommands = ImportCommand.Ratifications.class)
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The ratification year of every State for every core instrument (UN Treaty Collection, one CSV per instrument). */
    @Command(name = "ratifications", mixinStandardHelpOptions = true,
            header = "Load hr_status_<instrument>.csv files: each State's ratification year per core instrument.")
    static final class Ratifications implements Callable<Integer> {
        private final Function<DataLocation, Backend> backends;

        @Spec
        CommandSpec spec;

        @Mixin
        StorageOptions storage;

        @Parameters(paramLabel = "DIR", description = "The directory of hr_status_*.csv files.")
        Path directory;

        @Option(names = "--source", description = "The name the facts are tagged with (default: ${DEFAULT-VALUE}).",
                defaultValue = "UN Treaty Collection (un-ratification dataset)")
        String source;

        Ratifications(Function<DataLocation, Backend> backends) {
            this.backends = backends;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (Backend backend = backends.apply(storage.location())) {
                RatificationImport.Result result = backend.ratifications().importDirectory(directory, source);
                result.skipped().forEach(s -> err.println("upright: warning: " + s));
                out.printf("%,d ratification facts from %d instrument files, tagged \"%s\"%n", result.facts(),
                        result.files(), source);
            }
            return CommandLineInterface.EXIT_OK;
        }
    }
}
