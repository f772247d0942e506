package org.upright.cli;

import java.time.LocalDate;
import java.util.function.Function;
import org.upright.common.DataLocation;
import org.upright.reference.Country;
import org.upright.report.CompilationFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code upright report charts COUNTRY}: the State's recommendations charted by body, theme, year and status. */
@Command(name = "charts", mixinStandardHelpOptions = true,
        header = "The State's recommendations charted: by body or State, theme, year and tracking status by month.",
        description = "Formats: pdf (A4), html (self-contained), docx (Word). Titled \"Recommendations to STATE: "
                + "figures as of DATE\".")
final class ChartsReportCommand extends ReportSubcommand {
    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day the tracking statuses are counted up to, YYYY-MM-DD (default: today).")
    String asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "pdf",
            description = "pdf (default), html or docx.")
    String format;

    ChartsReportCommand(Function<DataLocation, Backend> backends) {
        super(backends);
    }

    @Override
    String format() {
        return format;
    }

    @Override
    String asOf() {
        return asOf;
    }

    @Override
    String write(Backend backend, Country state, LocalDate day, CompilationFormat chosen) {
        LocalDate counted = day == null ? backend.obligations().today() : day;
        backend.charts().write(state, counted, chosen, output);
        return output + ": recommendations to " + state.name() + " charted as of " + counted;
    }
}
