package org.upright.obligation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.upright.common.UsageException;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.treaty.ConcludingObservationsExtractor;
import org.upright.reference.Country;
import org.upright.reference.ReferenceData;

/**
 * What a State has accepted and what it owes, computed from the stored documents and the imported ratification
 * datasets as of a date: the ratification registry, the reporting calendar with the compliance indicator, follow-up
 * deadlines, special-procedure cooperation, recommendations to ratify, and the deadlines for a calendar.
 */
public final class ObligationService {
    private final DocumentStore store;
    private final RatificationImport datasets;
    private final ReferenceData reference;
    private final Clock clock;
    private final RatificationRegistry registry;
    private final ReportingCalendar calendar;
    private final FollowUpRequests followUps;
    private final SpecialProcedureSummary specialProcedures = new SpecialProcedureSummary();
    private final RatifyRecommendationLinks ratifyLinks;
    private final UprReviews reviews;
    private final EvidenceCache cache = new EvidenceCache();

    public ObligationService(DocumentStore store, RatificationImport datasets, ReferenceData reference, Clock clock) {
        this.store = store;
        this.datasets = datasets;
        this.reference = reference;
        this.clock = clock;
        TreatyKeys keys = new TreatyKeys(reference.instruments(), reference.mechanisms());
        ConcludingObservationsExtractor observations = new ConcludingObservationsExtractor(reference);
        this.registry = new RatificationRegistry(reference.instruments());
        this.calendar = new ReportingCalendar(reference.instruments(), keys, ReportingPeriods.load(), observations);
        this.followUps = new FollowUpRequests(keys, observations);
        this.ratifyLinks = new RatifyRecommendationLinks(reference);
        this.reviews = new UprReviews(reference.sessions());
    }

    /** Today, by the clock given (tests fix it). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The present instant, by the clock given: what a calendar file is stamped with. */
    public java.time.Instant now() {
        return clock.instant();
    }

    /**
     * The State named by an ISO 3166 alpha-3 or alpha-2 code or a name.
     *
     * @throws UsageException naming what is accepted, when nothing matches
     */
    public Country country(String code) {
        String c = code == null ? "" : code.strip();
        return reference.countries().byAlpha3(c).or(() -> reference.countries().byAlpha2(c))
                .or(() -> reference.countries().byName(c))
                .orElseThrow(() -> new UsageException("unknown country \"" + code
                        + "\": give an ISO 3166 code (KAZ or KZ) or the UN short name"));
    }

    /**
     * Everything the State has accepted and owes as of the date; kept while the State's documents and the datasets
     * are unchanged (the value is immutable).
     */
    public CountryObligations status(Country country, LocalDate asOf) {
        String version = datasets.version();
        return cache.status(country, asOf, store.documentsOf(country.alpha3()), version,
                () -> compute(country, asOf));
    }

    private CountryObligations compute(Country country, LocalDate asOf) {
        StateEvidence evidence = StateEvidence.load(country.alpha3(), store, datasets, reference.sessions());
        List<Conflict> conflicts = new ArrayList<>();
        RatificationRegistry.Result instruments = registry.status(evidence, asOf);
        conflicts.addAll(instruments.conflicts());
        List<BodyReporting> reporting = calendar.status(evidence, instruments.instruments(), asOf);
        List<FollowUpStatus> followUp = followUps.status(evidence, asOf, conflicts);
        SpecialProcedureStatus sp = specialProcedures.status(evidence, asOf).orElse(null);
        List<RatifyAsk> asks = ratifyLinks.asks(evidence, instruments.instruments(), asOf);
        return new CountryObligations(country, asOf, instruments.instruments(), reporting,
                ReportingCompliance.of(reporting), followUp, sp, asks, conflicts, evidence.documents().size(),
                reviews.next(evidence, country, asOf).orElse(null));
    }

    /** The States any source speaks of, by name: the stored documents' countries and the ratification datasets'. */
    public List<Country> statesWithData() {
        java.util.Set<String> codes = new java.util.TreeSet<>(datasets.countries());
        store.documents().stream().map(d -> d.country()).filter(c -> c != null).forEach(codes::add);
        return codes.stream().flatMap(code -> reference.countries().byAlpha3(code).stream())
                .sorted(Comparator.comparing(Country::name)).toList();
    }

    /** A State's figures at a glance as of the date: its documents, open asks to ratify and overdue reports. */
    public CountrySummary summary(Country country, LocalDate asOf) {
        CountryObligations status = status(country, asOf);
        int open = (int) status.ratifyRecommendations().stream().filter(a -> "open".equals(a.fulfilment())).count();
        return new CountrySummary(country, status.documents(), open, status.compliance().overdue());
    }

    /**
     * The figures at a glance of every State with data, by name, as of the date: the home page and the API's list.
     * Cheap to ask again: a State's figures are kept until its documents or the datasets change.
     */
    public List<CountrySummary> summaries(LocalDate asOf) {
        return summaries(statesWithData(), asOf);
    }

    /** The figures at a glance of some States (a page of {@link #statesWithData()}), kept like {@link #summaries}. */
    public List<CountrySummary> summaries(List<Country> states, LocalDate asOf) {
        String version = datasets.version();
        return cache.summaries(states, asOf, store.documents(), version, country -> summary(country, asOf));
    }

    /**
     * What the State owes from the date on, soonest first, then what is overdue: reports due, follow-up replies
     * not received, and its next UPR review.
     */
    public List<Deadline> deadlines(CountryObligations status) {
        List<Deadline> deadlines = new ArrayList<>();
        for (BodyReporting r : status.reporting()) {
            if (r.nextReportDue() != null) {
                String state = r.status() == ReportingStatus.OVERDUE ? "overdue since " + r.statusDate()
                        : r.status().label();
                deadlines.add(new Deadline(Deadline.Kind.REPORT, r.nextReportDue(), r.body(),
                        r.body() + ": report " + state, text(r.statusText()),
                        r.source().name()));
            }
        }
        for (FollowUpStatus f : status.followUp()) {
            if (!Boolean.TRUE.equals(f.received())) {
                deadlines.add(new Deadline(Deadline.Kind.FOLLOW_UP, f.dueDate(), f.body(),
                        f.body() + ": follow-up information due"
                                + (f.paragraphs().isEmpty() ? "" : " (paragraphs " + join(f.paragraphs()) + ")"),
                        text(f.text()), f.source().name()));
            }
        }
        if (status.nextReview() != null) {
            deadlines.add(status.nextReview());
        }
        deadlines.sort(Comparator.comparing(Deadline::date));
        return deadlines;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String join(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }
}
