package org.upright.ingest.treaty;

import java.util.List;

/**
 * A treaty body's request for information on the follow-up to selected recommendations: the numbers of the
 * paragraphs it names and the date the information is due (ISO, at the precision known: "2015-11-28", "2016").
 */
public record FollowUpRequest(List<Integer> paragraphs, String dueDate) {

    public FollowUpRequest {
        paragraphs = List.copyOf(paragraphs);
    }
}
