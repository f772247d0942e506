package org.upright.report;

import java.util.List;

/**
 * A recommendation or concern the drafter found, as a theme rule or classifier sees it: the statement's own text,
 * its kind, its speakers' codes, the kind of document it comes from and the heading of the section it stands in.
 */
public record DraftStatement(String text, String kind, List<String> speakers, String documentKind,
                             String sourceHeading) {
    public DraftStatement {
        speakers = List.copyOf(speakers);
    }
}
