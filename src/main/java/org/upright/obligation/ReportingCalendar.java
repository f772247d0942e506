package org.upright.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upright.common.PartialDate;
import org.upright.ingest.model.TreatyBodyReport;
import org.upright.ingest.treaty.ConcludingObservationsExtractor;
import org.upright.ingest.treaty.NextReportRequest;
import org.upright.reference.Instrument;
import org.upright.reference.Instruments;

/**
 * A State's reporting to each treaty body as of a date. The compilations' reporting tables say what was due or
 * received when; concluding observations say when the next report is due. The newest of these decides; a due date
 * passed by the day asked makes the report overdue. Where no document speaks, the treaty's reporting periods give
 * the date (initial report from entry into force, the next from the last observations), marked as computed.
 */
final class ReportingCalendar {
    private final Instruments instruments;
    private final TreatyKeys keys;
    private final ReportingPeriods periods;
    private final ConcludingObservationsExtractor observations;

    ReportingCalendar(Instruments instruments, TreatyKeys keys, ReportingPeriods periods,
                      ConcludingObservationsExtractor observations) {
        this.instruments = instruments;
        this.keys = keys;
        this.periods = periods;
        this.observations = observations;
    }

    /** A due date, what it is due for and since when it is known (the observations that set it). */
    private record Due(PartialDate date, PartialDate knownSince, boolean includedInNext, String text, Source source) {
    }

    private record Received(PartialDate date, String text, Source source) {
    }

    /** Everything the documents say of one instrument's reporting. */
    private static final class Facts {
        final List<Due> dues = new ArrayList<>();
        final List<Received> received = new ArrayList<>();
        final List<PartialDate> reports = new ArrayList<>();
        final List<PartialDate> observations = new ArrayList<>();
        String label;
    }

    List<BodyReporting> status(StateEvidence evidence, List<InstrumentStatus> standing, LocalDate asOf) {
        PartialDate day = new PartialDate(asOf.getYear(), asOf.getMonthValue(), asOf.getDayOfMonth());
        Map<String, Facts> byInstrument = collect(evidence);
        List<BodyReporting> rows = new ArrayList<>();
        for (Instrument instrument : instruments.all()) {
            Facts facts = byInstrument.get(instrument.code());
            InstrumentStatus status = standing.stream().filter(s -> s.instrument().equals(instrument.code()))
                    .findFirst().orElse(null);
            boolean bound = status != null && status.participation().bound();
            if (facts == null && !bound) {
                continue;
            }
            decide(instrument, facts == null ? new Facts() : facts, bound ? status.date() : null, day)
                    .ifPresent(rows::add);
        }
        // overdue first, then by date: what a focal point must act on comes first
        rows.sort(Comparator.comparing((BodyReporting r) -> r.status() != ReportingStatus.OVERDUE)
                .thenComparing(BodyReporting::statusDate, Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    private Map<String, Facts> collect(StateEvidence evidence) {
        Map<String, Facts> byInstrument = new LinkedHashMap<>();
        for (StateEvidence.Dated doc : evidence.documents()) {
            for (TreatyBodyReport row : orEmpty(doc.document().treatyBodyReporting())) {
                Optional<Instrument> instrument = keys.ofLabel(row.body());
                if (instrument.isEmpty()) {
                    continue;
                }
                Facts facts = byInstrument.computeIfAbsent(instrument.get().code(), k -> new Facts());
                facts.label = row.body();
                date(row.latestReportSubmittedAndConsidered()).ifPresent(facts.reports::add);
                Optional<PartialDate> observed = date(row.latestConcludingObservations());
                observed.ifPresent(facts.observations::add);
                Optional<PartialDate> statusDate = date(row.statusDate());
                if (statusDate.isEmpty() || row.status() == null) {
                    continue;
                }
                switch (row.status()) {
                    case "received" -> facts.received.add(new Received(statusDate.get(), row.reportingStatusText(),
                            doc.source()));
                    case "due", "overdue", "included-in-next" -> facts.dues.add(new Due(statusDate.get(),
                            observed.orElse(null), row.status().equals("included-in-next"),
                            row.reportingStatusText(), doc.source()));
                    default -> {
                        // a status the exchange format does not know says nothing here
                    }
                }
            }
            if (doc.is("concluding-observations")) {
                Optional<Instrument> instrument = keys.ofSymbol(doc.stored().symbol());
                if (instrument.isEmpty() || doc.date() == null) {
                    continue;
                }
                Facts facts = byInstrument.computeIfAbsent(instrument.get().code(), k -> new Facts());
                facts.observations.add(doc.date());
                Optional<NextReportRequest> next = observations.nextReport(doc.document());
                next.flatMap(n -> date(n.dueDate())).ifPresent(due -> facts.dues.add(new Due(due, doc.date(), false,
                        (next.get().ordinal() == null ? "next" : next.get().ordinal()) + " periodic report due "
                                + due, doc.source())));
            }
        }
        return byInstrument;
    }

    private Optional<BodyReporting> decide(Instrument instrument, Facts facts, PartialDate party, PartialDate day) {
        Instrument main = keys.mainTreatyOf(instrument.body()).orElse(instrument);
        String label = facts.label != null ? facts.label : TreatyKeys.label(instrument, main);
        PartialDate latestReport = latestBy(facts.reports, day);
        PartialDate latestObservations = latestBy(facts.observations, day);
        Due due = facts.dues.stream().filter(d -> d.knownSince() == null || !RatificationRegistry.after(d.knownSince(), day))
                .max(Comparator.comparing(Due::knownSince, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Due::date))
                .orElse(null);
        Received received = facts.received.stream().filter(r -> !RatificationRegistry.after(r.date(), day))
                .max(Comparator.comparing(Received::date)).orElse(null);
        if (received != null && receivedAfter(received, due)) {
            return Optional.of(new BodyReporting(label, instrument.code(), latestReport, latestObservations,
                    ReportingStatus.RECEIVED, received.date(), null, received.text(), false, received.source()));
        }
        if (due != null) {
            ReportingStatus status = overdue(due.date(), day) ? ReportingStatus.OVERDUE
                    : due.includedInNext() ? ReportingStatus.INCLUDED_IN_NEXT : ReportingStatus.DUE;
            return Optional.of(new BodyReporting(label, instrument.code(), latestReport, latestObservations, status,
                    due.date(), due.date(), due.text(), false, due.source()));
        }
        return computed(instrument, label, party, latestReport, latestObservations, day);
    }

    /** Whether the report received answers the due date: it came after the observations that set that date. */
    private static boolean receivedAfter(Received received, Due due) {
        if (due == null) {
            return true;
        }
        return due.knownSince() != null ? received.date().compareTo(due.knownSince()) > 0
                : received.date().compareTo(due.date()) >= 0;
    }

    /** The due date the treaty's periods give, where no document gives one. */
    private Optional<BodyReporting> computed(Instrument instrument, String label, PartialDate party,
                                             PartialDate latestReport, PartialDate latestObservations,
                                             PartialDate day) {
        Optional<ReportingPeriods.Period> period = periods.of(instrument.code());
        if (period.isEmpty() || party == null && latestObservations == null) {
            return Optional.empty();
        }
        Optional<PartialDate> due;
        String what;
        if (latestObservations != null) {
            due = period.get().periodicDue(latestObservations);
            what = "next periodic report";
        } else {
            due = Optional.of(period.get().initialDue(party));
            what = "initial report";
        }
        if (due.isEmpty()) {
            return Optional.empty();
        }
        ReportingStatus status = overdue(due.get(), day) ? ReportingStatus.OVERDUE : ReportingStatus.DUE;
        String text = what + " due " + due.get() + " (computed: " + period.get().basis() + ")";
        return Optional.of(new BodyReporting(label, instrument.code(), latestReport, latestObservations, status,
                due.get(), due.get(), text, true, Source.computed("reporting periods of " + instrument.code())));
    }

    /** Overdue once the whole period the date names (a year, a month, a day) has passed. */
    static boolean overdue(PartialDate due, PartialDate day) {
        LocalDate end;
        if (due.month() == 0) {
            end = LocalDate.of(due.year(), 12, 31);
        } else if (due.day() == 0) {
            end = LocalDate.of(due.year(), due.month(), 1).plusMonths(1).minusDays(1);
        } else {
            end = LocalDate.of(due.year(), due.month(), due.day());
        }
        return LocalDate.of(day.year(), day.month(), day.day()).isAfter(end);
    }

    private static PartialDate latestBy(List<PartialDate> dates, PartialDate day) {
        return dates.stream().filter(d -> !RatificationRegistry.after(d, day)).max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static Optional<PartialDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return PartialDate.parseIso(text).or(() -> PartialDate.find(text));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
