package org.upright.ingest.model;

import java.util.List;

/**
 * One sentence or clause of a paragraph with one speaker set and one kind: who said it (speaker codes such as
 * CAT, SR-torture, UNICEF), who relayed it, the year it was said, concern | recommendation | welcome | information.
 */
public record Statement(String text, List<String> speakers, String reportedBy, Integer year, String kind,
                        List<Integer> footnotes) {
}
