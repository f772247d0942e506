package org.upright.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.upright.common.DataLocation;
import org.upright.common.UsageException;
import org.upright.obligation.CountryObligations;
import org.upright.obligation.ObligationService;
import org.upright.obligation.ObligationsJson;
import org.upright.reference.Country;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code upright status COUNTRY}: a State's obligations as of a date, as tables or JSON. */
@Command(name = "status", mixinStandardHelpOptions = true,
        header = "What a State has accepted and owes: ratifications, reports due or overdue, follow-up, special "
                + "procedures.",
        description = "Computed from the stored documents and the imported ratification data. Overdue items come "
                + "first; every fact names its source, and sources that disagree are listed as conflicts.")
final class StatusCommand implements Callable<Integer> {
    private final Function<DataLocation, Backend> backends;

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Parameters(index = "0", paramLabel = "COUNTRY", description = "ISO 3166 code (KAZ, KZ) or UN short name.")
    String country;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day to compute for, YYYY-MM-DD (default: "
            + "today).")
    String asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (tables) or json (default: ${DEFAULT-VALUE}).")
    String format;

    StatusCommand(Function<DataLocation, Backend> backends) {
        this.backends = backends;
    }

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("unknown format \"" + format + "\": use text or json");
        }
        LocalDate day = asOf == null ? null : date(asOf);
        PrintWriter out = spec.commandLine().getOut();
        try (Backend backend = backends.apply(storage.location())) {
            ObligationService obligations = backend.obligations();
            Country state = obligations.country(country);
            CountryObligations status = obligations.status(state, day == null ? obligations.today() : day);
            if (format.equals("json")) {
                out.println(ObligationsJson.write(status));
            } else {
                StatusText.print(out, status);
            }
        }
        out.flush();
        return CommandLineInterface.EXIT_OK;
    }

    /** A day as YYYY-MM-DD; anything else is a usage error saying what is accepted. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("not a date: \"" + text + "\": give a day as YYYY-MM-DD, e.g. 2009-10-31");
        }
    }
}
