package org.upright.obligation;

import java.time.LocalDate;
import java.util.List;
import org.upright.reference.ReferenceData;

/**
 * Links the recommendations to ratify an instrument, from every mechanism, to the registry: fulfilled once the State
 * is party from the recommendation's year on.
 */
final class RatifyRecommendationLinks {
    RatifyRecommendationLinks(ReferenceData reference) {
    }

    List<RatifyAsk> asks(StateEvidence evidence, List<InstrumentStatus> instruments, LocalDate asOf) {
        return List.of(); // RATIFY: filled in with RatifyRecommendations
    }
}
