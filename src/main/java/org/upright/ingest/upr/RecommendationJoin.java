package org.upright.ingest.upr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Recommendation;

/**
 * Completes a Working Group report's recommendations with the positions the State gave in its responses (Add.1),
 * matched by number. Responses to cycle-1 reports number recommendations by their item in the list the State was to
 * examine ("12." for "95.12"); such numbers are matched to the one list of the report that left its positions open.
 */
public final class RecommendationJoin {

    private RecommendationJoin() {
    }

    /** The WG report's document with each recommendation's position taken from the responses where it has none. */
    public static ExtractedDocument join(ExtractedDocument report, ExtractedDocument responses, List<String> warnings) {
        List<Recommendation> recommendations = report.recommendations() == null ? List.of() : report.recommendations();
        Map<String, Recommendation> byNumber = new LinkedHashMap<>();
        recommendations.forEach(r -> byNumber.put(r.number(), r));
        Map<String, String> answered = new HashMap<>();
        Map<String, Set<String>> byItem = openItems(recommendations);
        for (Recommendation response : responses.recommendations() == null ? List.<Recommendation>of()
                : responses.recommendations()) {
            String number = target(response.number(), byNumber, byItem, warnings);
            if (number != null && response.position() != null) {
                answered.put(number, response.position());
            }
        }
        List<Recommendation> joined = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Recommendation r : recommendations) {
            String answer = answered.get(r.number());
            if (r.position() != null && answer != null && !answer.equals(r.position())) {
                warnings.add("recommendation " + r.number() + " is " + r.position() + " in the report but " + answer
                        + " in the responses; the report's position is kept");
            }
            String position = r.position() != null ? r.position() : answer;
            if (position == null) {
                open.add(r.number());
            }
            joined.add(new Recommendation(r.number(), r.text(), r.recommendingStates(), position));
        }
        if (!open.isEmpty()) {
            warnings.add(open.size() + " recommendation(s) have no position in the report or the responses: "
                    + String.join(", ", open));
        }
        return new ExtractedDocument(report.document(), report.sections(), report.ratifications(), report.notParty(),
                report.otherInstruments(), report.treatyStatus(), report.treatyBodyReporting(),
                report.specialProcedures(), report.paragraphs(), report.endnotes(), joined, report.footnoteOrder());
    }

    /** Item number → report numbers of the recommendations the report left without a position ("12" → "95.12"). */
    private static Map<String, Set<String>> openItems(List<Recommendation> recommendations) {
        Map<String, Set<String>> byItem = new HashMap<>();
        for (Recommendation r : recommendations) {
            if (r.position() == null && r.number().contains(".")) {
                byItem.computeIfAbsent(RecommendationNumbers.itemOf(r.number()), k -> new LinkedHashSet<>())
                        .add(r.number());
            }
        }
        return byItem;
    }

    /** The report's number for a number of the responses, or null (with a warning) when the report lacks it. */
    private static String target(String number, Map<String, Recommendation> byNumber,
                                 Map<String, Set<String>> byItem, List<String> warnings) {
        if (byNumber.containsKey(number)) {
            return number;
        }
        if (!number.contains(".")) {
            Set<String> candidates = byItem.getOrDefault(number, Set.of());
            if (candidates.size() == 1) {
                return candidates.iterator().next();
            }
            if (candidates.size() > 1) {
                warnings.add("recommendation " + number + " of the responses may be any of " + candidates
                        + " in the report; it is left out");
                return null;
            }
        }
        warnings.add("the responses answer recommendation " + number + ", which the report does not have");
        return null;
    }
}
