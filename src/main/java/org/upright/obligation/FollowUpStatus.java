package org.upright.obligation;

import java.util.List;
import org.upright.common.PartialDate;

/**
 * A treaty body's request for information on the follow-up to the recommendations it selected: the paragraphs of its
 * concluding observations, the date the reply is due, and whether a reply was received (null when no source says),
 * as known on {@code knownOn}.
 */
public record FollowUpStatus(String body, List<Integer> paragraphs, PartialDate dueDate, Boolean received,
                             PartialDate knownOn, String text, Source source) {

    public FollowUpStatus {
        paragraphs = List.copyOf(paragraphs);
    }
}
