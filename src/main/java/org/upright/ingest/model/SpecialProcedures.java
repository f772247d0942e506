package org.upright.ingest.model;

import java.util.List;

/** The State's cooperation with special procedures as the compilation's table gives it. */
public record SpecialProcedures(Boolean standingInvitation, List<Visit> visits,
                                List<PlannedVisit> visitsAgreedInPrinciple, List<PlannedVisit> visitsRequested,
                                List<SourcedNote> cooperationNotes, List<SourcedNote> followUpToVisits,
                                Communications communications, Questionnaires questionnaires,
                                List<Integer> footnotes) {
}
