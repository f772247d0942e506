package org.upright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.upright.common.DataLocation;
import org.upright.reference.Country;
import org.upright.report.CompilationFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code upright report charts COUNTRY}: the State's recommendations charted by body, theme, year and status. */
@Command(name = "charts", mixinStandardHelpOptions = true,
        header = "The State's recommendations charted: by body or State, theme, year and tracking status by month.",
        description = "Formats: pdf (A4), html (self-contained), docx (Word). Titled \"Recommendations to STATE: "
                + "figures as of DATE\".")
final class ChartsReportCommand implements Callable<Integer> {
    private final Function<DataLocation, Backend> backends;

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Parameters(index = "0", paramLabel = "COUNTRY", description = "ISO 3166 code (KAZ, KZ) or UN short name.")
    String country;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day the tracking statuses are counted up to, YYYY-MM-DD (default: today).")
    String asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "pdf",
            description = "pdf (default), html or docx.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The file to write.")
    Path output;

    ChartsReportCommand(Function<DataLocation, Backend> backends) {
        this.backends = backends;
    }

    @Override
    public Integer call() {
        CompilationFormat chosen = CompilationFormat.parse(format);
        PrintWriter out = spec.commandLine().getOut();
        try (Backend backend = backends.apply(storage.location())) {
            Country state = backend.obligations().country(country);
            LocalDate day = asOf == null ? backend.obligations().today() : CountryOnDay.date(asOf);
            backend.charts().write(state, day, chosen, output);
            out.printf("%s: recommendations to %s charted as of %s%n", output, state.name(), day);
        }
        out.flush();
        return CommandLineInterface.EXIT_OK;
    }
}
