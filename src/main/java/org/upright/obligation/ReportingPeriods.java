package org.upright.obligation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.upright.common.PartialDate;

/**
 * The reporting periods the core treaties set (initial report within one or two years of entry into force, then
 * every four or five years, or only on request), from {@code reporting-periods.csv}, with the article each rests on.
 */
final class ReportingPeriods {

    /** One treaty's periods; {@code periodicYears} is null where later reports are folded into another's. */
    record Period(String instrument, int initialYears, Integer periodicYears, int entryIntoForceDays,
                  int entryIntoForceMonths, String basis) {

        /** The initial report's due date for a State party since {@code party}, at that date's precision. */
        PartialDate initialDue(PartialDate party) {
            return plus(inForce(party), initialYears);
        }

        /** The next periodic report after concluding observations of {@code observations}; empty when on request. */
        Optional<PartialDate> periodicDue(PartialDate observations) {
            return periodicYears == null ? Optional.empty() : Optional.of(plus(observations, periodicYears));
        }

        private PartialDate inForce(PartialDate deposit) {
            if (deposit.day() > 0) {
                java.time.LocalDate d = java.time.LocalDate.of(deposit.year(), deposit.month(), deposit.day())
                        .plusDays(entryIntoForceDays).plusMonths(entryIntoForceMonths);
                return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            }
            if (deposit.month() > 0) {
                int months = deposit.month() - 1 + entryIntoForceMonths + (entryIntoForceDays >= 28 ? 1 : 0);
                return new PartialDate(deposit.year() + months / 12, months % 12 + 1, 0);
            }
            return deposit;
        }

        private static PartialDate plus(PartialDate date, int years) {
            return new PartialDate(date.year() + years, date.month(), date.day());
        }
    }

    private final Map<String, Period> byInstrument;

    private ReportingPeriods(Map<String, Period> byInstrument) {
        this.byInstrument = byInstrument;
    }

    static ReportingPeriods load() {
        Map<String, Period> periods = new HashMap<>();
        try (InputStream in = ReportingPeriods.class.getResourceAsStream("reporting-periods.csv");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(reader)) {
                String[] inForce = row.get("entry_into_force").split(" ");
                int amount = Integer.parseInt(inForce[0]);
                boolean months = inForce[1].startsWith("month");
                String periodic = row.get("periodic_years");
                periods.put(row.get("instrument"), new Period(row.get("instrument"),
                        Integer.parseInt(row.get("initial_years")),
                        periodic.isBlank() ? null : Integer.valueOf(periodic), months ? 0 : amount,
                        months ? amount : 0, row.get("basis")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reporting-periods.csv", e);
        }
        return new ReportingPeriods(Map.copyOf(periods));
    }

    Optional<Period> of(String instrument) {
        return Optional.ofNullable(byInstrument.get(instrument));
    }
}
