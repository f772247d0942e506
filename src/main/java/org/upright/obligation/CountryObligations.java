package org.upright.obligation;

import java.time.LocalDate;
import java.util.List;
import org.upright.reference.Country;

/**
 * What a State has accepted and what it owes as of a date: its instruments, its reporting to each treaty body and
 * the resulting compliance indicator, follow-up deadlines, cooperation with the special procedures, the
 * recommendations it received to ratify instruments, the conflicts between sources, and its next UPR review (null
 * when no stored document dates one).
 */
public record CountryObligations(Country country, LocalDate asOf, List<InstrumentStatus> instruments,
                                 List<BodyReporting> reporting, ReportingCompliance compliance,
                                 List<FollowUpStatus> followUp, SpecialProcedureStatus specialProcedures,
                                 List<RatifyAsk> ratifyRecommendations, List<Conflict> conflicts, int documents,
                                 Deadline nextReview) {

    public CountryObligations {
        instruments = List.copyOf(instruments);
        reporting = List.copyOf(reporting);
        followUp = List.copyOf(followUp);
        ratifyRecommendations = List.copyOf(ratifyRecommendations);
        conflicts = List.copyOf(conflicts);
    }

    /** Whether any source at all speaks of the State (documents or the ratification dataset). */
    public boolean hasData() {
        return documents > 0 || instruments.stream().anyMatch(i -> !i.sources().isEmpty());
    }
}
