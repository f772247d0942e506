package org.upright.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.upright.common.PartialDate;
import org.upright.reference.ReferenceData;

/**
 * Links the recommendations to ratify an instrument, from every mechanism and cycle, to the registry: fulfilled once
 * the State is party from the recommendation's year on. Instruments outside the 18 core ones have no registry here;
 * their recommendations are listed as {@code not-in-registry}.
 */
final class RatifyRecommendationLinks {
    static final String NOT_IN_REGISTRY = "not-in-registry";

    private final RatifyRecommendations finder;

    RatifyRecommendationLinks(ReferenceData reference) {
        this.finder = new RatifyRecommendations(reference);
    }

    List<RatifyAsk> asks(StateEvidence evidence, List<InstrumentStatus> instruments, LocalDate asOf) {
        List<RatifyAsk> asks = new ArrayList<>();
        // as for other undated facts (ADR 0006): the nearest document after the day speaks for it
        Integer nearestAfter = evidence.documents().stream().map(StateEvidence.Dated::date)
                .filter(d -> d != null && d.year() > asOf.getYear()).map(PartialDate::year).min(Integer::compare)
                .orElse(null);
        for (StateEvidence.Dated doc : evidence.documents()) {
            for (RatifyRecommendation r : finder.find(doc.document())) {
                boolean made = r.year() != null ? r.year() <= asOf.getYear()
                        : doc.date() == null || doc.date().year() <= asOf.getYear()
                                || Integer.valueOf(doc.date().year()).equals(nearestAfter);
                if (!made) {
                    continue; // not yet made on the day asked
                }
                String fulfilment;
                PartialDate partySince = null;
                if (!r.core()) {
                    fulfilment = NOT_IN_REGISTRY;
                } else {
                    Optional<InstrumentStatus> status = instruments.stream()
                            .filter(i -> i.instrument().equals(r.instrument())).findFirst();
                    boolean bound = status.map(s -> s.participation().bound()).orElse(false);
                    partySince = bound ? status.get().date() : null;
                    Optional<PartialDate> party = !bound ? Optional.empty()
                            : Optional.of(partySince != null ? partySince : PartialDate.ofYear(asOf.getYear()));
                    fulfilment = r.status(party).name().toLowerCase(Locale.ROOT).replace('_', '-');
                }
                asks.add(new RatifyAsk(r.instrument(), r.action(), r.text(), r.by(), r.document(), r.number(), r.year(),
                        r.position(), fulfilment, partySince));
            }
        }
        // open asks first: they are what a focal point still tracks
        asks.sort(Comparator.comparing((RatifyAsk a) -> !a.fulfilment().equals("open"))
                .thenComparing(RatifyAsk::instrument).thenComparing(a -> a.year() == null ? 0 : a.year()));
        return asks;
    }
}
