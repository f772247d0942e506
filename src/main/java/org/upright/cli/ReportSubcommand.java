package org.upright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.upright.common.DataLocation;
import org.upright.reference.Country;
import org.upright.report.CompilationFormat;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What every {@code upright report KIND COUNTRY} shares: the State, the file, the storage options, the format checked
 * before anything opens, and one line saying what was written. Each kind says its own {@code --as-of} and
 * {@code --format} (their meanings and defaults differ) and writes through its service.
 */
abstract class ReportSubcommand implements Callable<Integer> {
    private final Function<DataLocation, Backend> backends;

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Parameters(index = "0", paramLabel = "COUNTRY", description = "ISO 3166 code (KAZ, KZ) or UN short name.")
    String country;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The file to write.")
    Path output;

    ReportSubcommand(Function<DataLocation, Backend> backends) {
        this.backends = backends;
    }

    /** The {@code --format} given. */
    abstract String format();

    /** The {@code --as-of} given, or null. */
    abstract String asOf();

    /**
     * Writes the report of the State to {@link #output} and returns the line that says what was written.
     *
     * @param day the {@code --as-of} day, null when none was given
     */
    abstract String write(Backend backend, Country state, LocalDate day, CompilationFormat format);

    @Override
    public final Integer call() {
        CompilationFormat chosen = CompilationFormat.parse(format());
        LocalDate day = asOf() == null ? null : CountryOnDay.date(asOf());
        PrintWriter out = spec.commandLine().getOut();
        try (Backend backend = backends.apply(storage.location())) {
            Country state = backend.obligations().country(country);
            out.println(write(backend, state, day, chosen));
        }
        out.flush();
        return CommandLineInterface.EXIT_OK;
    }
}
