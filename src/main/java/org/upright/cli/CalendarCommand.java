package org.upright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.upright.common.DataLocation;
import org.upright.common.UprightException;
import org.upright.obligation.CalendarWriter;
import org.upright.obligation.CountryObligations;
import org.upright.obligation.Deadline;
import org.upright.obligation.ObligationService;
import org.upright.reference.Country;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code upright calendar COUNTRY -o FILE.ics}: a State's deadlines as iCalendar, for the focal points' calendars. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        header = "Write a State's deadlines (reports, follow-up replies, UPR review) as an iCalendar file.",
        description = "Reports due and overdue, follow-up replies not yet received and the next UPR review, as "
                + "all-day events with a reminder 30 days before. Importing the file again updates the same events.")
final class CalendarCommand implements Callable<Integer> {
    private final Function<DataLocation, Backend> backends;

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Mixin
    CountryOnDay target;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.ics", required = true, description = "The file to write.")
    Path output;

    CalendarCommand(Function<DataLocation, Backend> backends) {
        this.backends = backends;
    }

    @Override
    public Integer call() {
        target.check();
        PrintWriter out = spec.commandLine().getOut();
        try (Backend backend = backends.apply(storage.location())) {
            ObligationService obligations = backend.obligations();
            CountryObligations status = target.status(obligations);
            Country state = status.country();
            List<Deadline> all = obligations.deadlines(status);
            // a calendar holds what is to come; what is overdue is for `upright status`, where it comes first
            List<Deadline> upcoming = all.stream().filter(d -> !d.passedBy(status.asOf())).toList();
            String ics = CalendarWriter.write("Upright: " + state.name(), upcoming, obligations.now());
            write(output, ics);
            out.printf("%d upcoming deadline(s) for %s written to %s%s%n", upcoming.size(), state.name(), output,
                    all.size() == upcoming.size() ? "" : "; " + (all.size() - upcoming.size())
                            + " passed already (see upright status " + state.alpha3() + ")");
        }
        out.flush();
        return CommandLineInterface.EXIT_OK;
    }

    /** Writes through a temporary file, so that a failure never leaves half a calendar in place. */
    private static void write(Path output, String ics) {
        try {
            Path dir = output.toAbsolutePath().getParent();
            Path temp = Files.createTempFile(dir, ".upright-", ".ics");
            Files.writeString(temp, ics, StandardCharsets.UTF_8);
            Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UprightException(output + ": cannot write the calendar (" + e.getMessage() + ")", e);
        }
    }
}
