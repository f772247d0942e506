package org.upright.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.upright.common.PartialDate;
import org.upright.ingest.model.Competence;
import org.upright.ingest.model.NotParty;
import org.upright.ingest.model.Ratification;
import org.upright.ingest.model.TreatyStatus;
import org.upright.reference.Instrument;
import org.upright.reference.Instruments;
import org.upright.reference.OptionalProcedure;

/**
 * A State's standing to each core instrument as of a date, from every source that speaks of it: the compilations'
 * tables (2009: dates, declarations and competences; 2014: status before and after the review) and the imported
 * ratification datasets. A ratification holds from its date on; a "not party" holds for the time of its source and
 * before it. Where sources disagree the latest source wins and the disagreement is kept as a {@link Conflict}.
 */
final class RatificationRegistry {
    private final Instruments instruments;

    RatificationRegistry(Instruments instruments) {
        this.instruments = instruments;
    }

    /** What one source says of one instrument. */
    private record Fact(Participation participation, PartialDate date, PartialDate signed, String declarations,
                        List<Competence> competences, Source source) {
        boolean bound() {
            return participation.bound();
        }
    }

    record Result(List<InstrumentStatus> instruments, List<Conflict> conflicts) {
    }

    Result status(StateEvidence evidence, LocalDate asOf) {
        PartialDate day = new PartialDate(asOf.getYear(), asOf.getMonthValue(), asOf.getDayOfMonth());
        List<InstrumentStatus> statuses = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (Instrument instrument : instruments.all()) {
            List<Fact> facts = facts(instrument, evidence);
            statuses.add(decide(instrument, facts, day, conflicts));
        }
        return new Result(statuses, conflicts);
    }

    private List<Fact> facts(Instrument instrument, StateEvidence evidence) {
        List<Fact> facts = new ArrayList<>();
        for (StateEvidence.Dated doc : evidence.documents()) {
            Source source = doc.source();
            for (Ratification r : orEmpty(doc.document().ratifications())) {
                if (same(instrument, r.instrument())) {
                    PartialDate date = Optional.ofNullable(r.date()).flatMap(PartialDate::parseIso)
                            .or(() -> Optional.ofNullable(r.dateText()).flatMap(PartialDate::find)).orElse(null);
                    facts.add(new Fact(how(r.dateText()), date, null, r.declarationsText(),
                            orEmpty(r.competences()), source));
                }
            }
            for (NotParty n : orEmpty(doc.document().notParty())) {
                if (same(instrument, n.instrument())) {
                    facts.add(new Fact(n.signedOnly() ? Participation.SIGNED : Participation.NOT_PARTY, null,
                            n.signatureYear() == null ? null : PartialDate.ofYear(n.signatureYear()), null,
                            List.of(), source));
                }
            }
            for (TreatyStatus t : orEmpty(doc.document().treatyStatus())) {
                if (same(instrument, t.instrument()) && "ratification".equals(t.row())) {
                    PartialDate year = t.year() == null ? null : PartialDate.ofYear(t.year());
                    facts.add("not-ratified".equals(t.column())
                            ? new Fact(Participation.NOT_PARTY, null, null, null, List.of(), source)
                            : new Fact(Participation.PARTY, year, null, null, List.of(), source));
                }
            }
        }
        for (RatificationImport.DatasetRow row : evidence.dataset()) {
            if (same(instrument, row.instrument())) {
                Source source = new Source(row.source(), "ratification-dataset",
                        PartialDate.ofYear(row.importedAt().getYear()), null);
                String status = row.status() == null ? "" : row.status().toLowerCase(Locale.ROOT);
                if (status.contains("party") && row.year() != null) {
                    facts.add(new Fact(Participation.PARTY, PartialDate.ofYear(row.year()), null, null, List.of(),
                            source));
                } else if (row.signatory() || status.contains("signator")) {
                    facts.add(new Fact(Participation.SIGNED, null, null, null, List.of(), source));
                } else {
                    facts.add(new Fact(Participation.NOT_PARTY, null, null, null, List.of(), source));
                }
            }
        }
        return facts;
    }

    private InstrumentStatus decide(Instrument instrument, List<Fact> facts, PartialDate asOf,
                                    List<Conflict> conflicts) {
        List<Source> sources = facts.stream().map(Fact::source).distinct().toList();
        // Ratifications dated by the day asked (or undated, from a source of no later date) make the State a party.
        List<Fact> bound = facts.stream().filter(Fact::bound)
                .filter(f -> f.date() != null ? !after(f.date(), asOf)
                        : f.source().date() == null || !after(f.source().date(), asOf))
                .toList();
        List<Fact> notBound = facts.stream().filter(f -> !f.bound()).toList();
        Fact chosen = null;
        if (!bound.isEmpty()) {
            chosen = latest(bound);
            dateConflict(instrument, bound, chosen, conflicts);
            // a later source saying "not party" after the ratification date contradicts it
            Fact party = chosen;
            List<Fact> contradicting = notBound.stream().filter(f -> f.participation() == Participation.NOT_PARTY)
                    .filter(f -> party.date() != null && f.source().date() != null
                            && f.source().date().year() > party.date().year())
                    .toList();
            if (!contradicting.isEmpty()) {
                Fact newest = latest(contradicting);
                boolean notPartyIsNewer = newer(newest.source(), party.source());
                conflicts.add(new Conflict(instrument.code() + ": party or not",
                        List.of(new Conflict.SourcedValue("party since " + party.date(), party.source()),
                                new Conflict.SourcedValue("not party", newest.source())),
                        notPartyIsNewer ? "not party" : "party since " + party.date()));
                if (notPartyIsNewer) {
                    chosen = newest;
                }
            }
        } else if (!notBound.isEmpty()) {
            // undated facts speak for their source's time: those of sources by the day asked, else the nearest after
            List<Fact> known = notBound.stream().filter(f -> f.source().date() == null
                    || !after(f.source().date(), asOf)).toList();
            if (known.isEmpty()) {
                PartialDate nearest = notBound.stream().map(f -> f.source().date()).min(Comparator.naturalOrder())
                        .orElseThrow();
                known = notBound.stream().filter(f -> nearest.equals(f.source().date())).toList();
            }
            List<Fact> signed = known.stream().filter(f -> f.participation() == Participation.SIGNED)
                    .filter(f -> f.signed() == null || !after(f.signed(), asOf)).toList();
            chosen = signed.isEmpty() ? latest(known) : latest(signed);
            if (chosen.participation() == Participation.SIGNED && chosen.signed() == null) {
                chosen = signed.stream().filter(f -> f.signed() != null).findFirst()
                        .map(f -> new Fact(Participation.SIGNED, null, f.signed(), null, List.of(), f.source()))
                        .orElse(chosen);
            }
        } else if (facts.stream().anyMatch(Fact::bound)) {
            // party only after the day asked
            chosen = new Fact(Participation.NOT_PARTY, null, null, null, List.of(), latest(facts).source());
        }
        if (chosen == null) {
            return new InstrumentStatus(instrument.code(), instrument.name(), Participation.UNKNOWN, null, null, null,
                    procedures(instrument, null, List.of()), sources);
        }
        PartialDate date = chosen.bound() ? mostPrecise(bound, chosen) : null;
        String declarations = chosen.bound() ? bound.stream().map(Fact::declarations).filter(Objects::nonNull)
                .reduce((a, b) -> b).orElse(null) : null;
        return new InstrumentStatus(instrument.code(), instrument.name(), chosen.participation(), date,
                chosen.signed(), declarations, procedures(instrument, chosen, bound), sources);
    }

    /** Acceptance of each optional procedure, from the competences the latest table lists for the instrument. */
    private static List<ProcedureStatus> procedures(Instrument instrument, Fact chosen, List<Fact> bound) {
        List<ProcedureStatus> result = new ArrayList<>();
        boolean party = chosen != null && chosen.bound();
        for (OptionalProcedure procedure : instrument.procedures()) {
            String articles = String.join(", ", procedure.articles());
            // a protocol made for individual complaints is accepted by becoming party to it
            boolean protocolOfComplaints = instrument.code().contains("OP")
                    && procedure.procedure().equals("individual-complaints");
            Boolean accepted = !party ? Boolean.FALSE : protocolOfComplaints ? Boolean.TRUE : null;
            ProcedureStatus status = new ProcedureStatus(procedure.procedure(), articles, accepted,
                    protocolOfComplaints && party ? chosen.source() : null);
            if (party) {
                for (Fact fact : bound) {
                    for (Competence c : fact.competences()) {
                        if (procedure.procedure().equals(c.procedure()) && overlaps(procedure.articles(), c.articles())
                                && c.accepted() != null) {
                            status = new ProcedureStatus(procedure.procedure(), articles, c.accepted(),
                                    fact.source());
                        }
                    }
                }
            }
            result.add(status);
        }
        return result;
    }

    private static boolean overlaps(List<String> articles, String printed) {
        if (printed == null) {
            return true;
        }
        for (String number : printed.split("\\D+")) {
            if (!number.isEmpty() && articles.contains(number)) {
                return true;
            }
        }
        return false;
    }

    private static void dateConflict(Instrument instrument, List<Fact> bound, Fact chosen, List<Conflict> conflicts) {
        List<Fact> dated = bound.stream().filter(f -> f.date() != null).toList();
        boolean disagree = dated.stream().anyMatch(a -> dated.stream().anyMatch(b -> !compatible(a.date(), b.date())));
        if (disagree) {
            conflicts.add(new Conflict(instrument.code() + ": date of ratification",
                    dated.stream().map(f -> new Conflict.SourcedValue(f.date().toString(), f.source())).toList(),
                    chosen.date() == null ? null : chosen.date().toString()));
        }
    }

    /** The date at the best precision among the sources that agree with the chosen one. */
    private static PartialDate mostPrecise(List<Fact> bound, Fact chosen) {
        PartialDate date = chosen.date();
        for (Fact f : bound) {
            if (f.date() != null && (date == null || compatible(date, f.date()) && precision(f.date()) > precision(date))) {
                date = f.date();
            }
        }
        return date;
    }

    private static int precision(PartialDate d) {
        return d.day() > 0 ? 3 : d.month() > 0 ? 2 : 1;
    }

    /** Two dates agree when they are the same at the precision of the less precise one. */
    static boolean compatible(PartialDate a, PartialDate b) {
        if (a.year() != b.year()) {
            return false;
        }
        if (a.month() == 0 || b.month() == 0) {
            return true;
        }
        return a.month() == b.month() && (a.day() == 0 || b.day() == 0 || a.day() == b.day());
    }

    /** Whether a date certainly falls after the day: a year or month is after it only once it has begun after. */
    static boolean after(PartialDate date, PartialDate day) {
        if (date.year() != day.year()) {
            return date.year() > day.year();
        }
        if (date.month() == 0) {
            return false;
        }
        if (date.month() != day.month()) {
            return date.month() > day.month();
        }
        return date.day() > day.day();
    }

    private static Fact latest(List<Fact> facts) {
        return facts.stream().max(Comparator.comparing(Fact::source, RatificationRegistry::compareSources))
                .orElseThrow();
    }

    private static boolean newer(Source a, Source b) {
        return compareSources(a, b) > 0;
    }

    /** Sources by the date they speak for; a dataset (no document) counts after documents of the same year. */
    static int compareSources(Source a, Source b) {
        int byDate = Comparator.nullsFirst(Comparator.<PartialDate>naturalOrder()).compare(a.date(), b.date());
        if (byDate != 0) {
            return byDate;
        }
        return Boolean.compare(a.documentId() == null, b.documentId() == null);
    }

    private static Participation how(String dateText) {
        if (dateText == null) {
            return Participation.PARTY;
        }
        // the Treaty Collection's marks after a date: "a" accession, "d" succession
        String t = dateText.strip().toLowerCase(Locale.ROOT);
        if (t.matches(".*\\d{4}\\s*\\(?a\\)?$")) {
            return Participation.ACCEDED;
        }
        if (t.matches(".*\\d{4}\\s*\\(?d\\)?$")) {
            return Participation.SUCCEEDED;
        }
        return Participation.PARTY;
    }

    private boolean same(Instrument instrument, String code) {
        return code != null && instruments.byAbbreviation(code).map(i -> i.code().equals(instrument.code()))
                .orElse(false);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
