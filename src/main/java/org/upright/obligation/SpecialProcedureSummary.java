package org.upright.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upright.common.PartialDate;
import org.upright.ingest.model.PlannedVisit;
import org.upright.ingest.model.SpecialProcedures;
import org.upright.ingest.model.Visit;

/**
 * A State's cooperation with the special procedures as of a date, from the documents that report it (the
 * compilations' tables): the latest such document on or before the date, else the earliest after it (its figures
 * are then the nearest known); visits from all documents, those started by the date counted as done.
 */
final class SpecialProcedureSummary {

    Optional<SpecialProcedureStatus> status(StateEvidence evidence, LocalDate asOf) {
        PartialDate day = new PartialDate(asOf.getYear(), asOf.getMonthValue(), asOf.getDayOfMonth());
        List<StateEvidence.Dated> reporting = evidence.documents().stream()
                .filter(d -> d.document().specialProcedures() != null).toList();
        if (reporting.isEmpty()) {
            return Optional.empty();
        }
        StateEvidence.Dated chosen = reporting.stream()
                .filter(d -> d.date() == null || !RatificationRegistry.after(d.date(), day))
                .reduce((a, b) -> b).orElse(reporting.get(0));
        SpecialProcedures sp = chosen.document().specialProcedures();
        Map<String, Visit> visits = new LinkedHashMap<>();
        List<PlannedVisit> agreed = new ArrayList<>();
        List<PlannedVisit> requested = new ArrayList<>();
        for (StateEvidence.Dated doc : reporting) {
            SpecialProcedures each = doc.document().specialProcedures();
            for (Visit v : orEmpty(each.visits())) {
                Optional<PartialDate> start = v.start() == null ? Optional.empty() : PartialDate.parseIso(v.start());
                if (start.isEmpty() || !RatificationRegistry.after(start.get(), day)) {
                    visits.putIfAbsent(v.mandate() + "|" + v.start(), v);
                }
            }
        }
        for (PlannedVisit v : orEmpty(sp.visitsAgreedInPrinciple())) {
            if (!done(v, visits.values())) {
                agreed.add(v);
            }
        }
        for (PlannedVisit v : orEmpty(sp.visitsRequested())) {
            if (!done(v, visits.values())) {
                requested.add(v);
            }
        }
        return Optional.of(new SpecialProcedureStatus(sp.standingInvitation(), List.copyOf(visits.values()), agreed,
                requested, sp.communications(), sp.questionnaires(), chosen.source()));
    }

    /** A planned visit is done once a visit of the same mandate started after it was planned. */
    private static boolean done(PlannedVisit planned, java.util.Collection<Visit> visits) {
        return planned.date() != null && visits.stream().anyMatch(v -> v.mandate() != null
                && v.mandate().equals(planned.mandate()) && v.start() != null
                && v.start().compareTo(planned.date()) >= 0);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
