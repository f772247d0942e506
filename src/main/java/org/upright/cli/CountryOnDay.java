package org.upright.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.upright.common.UsageException;
import org.upright.obligation.CountryObligations;
import org.upright.obligation.ObligationService;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The State and the day a command about obligations asks for: {@code COUNTRY [--as-of DATE]}. */
final class CountryOnDay {
    @Parameters(index = "0", paramLabel = "COUNTRY", description = "ISO 3166 code (KAZ, KZ) or UN short name.")
    String country;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day to compute for, YYYY-MM-DD (default: "
            + "today).")
    String asOf;

    /** The State's obligations on the day; a bad country or date is a usage error saying what is accepted. */
    CountryObligations status(ObligationService obligations) {
        LocalDate day = asOf == null ? null : date(asOf);
        return obligations.status(obligations.country(country), day == null ? obligations.today() : day);
    }

    /** Checks the date before anything is opened. */
    void check() {
        if (asOf != null) {
            date(asOf);
        }
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("not a date: \"" + text + "\": give a day as YYYY-MM-DD, e.g. 2009-10-31");
        }
    }
}
