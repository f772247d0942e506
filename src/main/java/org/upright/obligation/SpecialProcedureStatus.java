package org.upright.obligation;

import java.util.List;
import org.upright.ingest.model.Communications;
import org.upright.ingest.model.PlannedVisit;
import org.upright.ingest.model.Questionnaires;
import org.upright.ingest.model.Visit;

/**
 * A State's cooperation with the special procedures as of a date: standing invitation, visits done (started by the
 * date), agreed in principle and requested, communications sent and replied with the reply rate, and questionnaires
 * answered, from the latest document that reports them.
 */
public record SpecialProcedureStatus(Boolean standingInvitation, List<Visit> visits, List<PlannedVisit> agreed,
                                     List<PlannedVisit> requested, Communications communications,
                                     Questionnaires questionnaires, Source source) {

    public SpecialProcedureStatus {
        visits = List.copyOf(visits);
        agreed = List.copyOf(agreed);
        requested = List.copyOf(requested);
    }

    /** Replies as a share of communications sent, in per cent, as the document gives it or else computed. */
    public Integer replyRatePercent() {
        if (communications == null) {
            return null;
        }
        if (communications.replyRatePercent() != null) {
            return communications.replyRatePercent();
        }
        Integer sent = communications.sent();
        Integer replied = communications.replied();
        return sent == null || replied == null || sent == 0 ? null : Math.round(100f * replied / sent);
    }
}
