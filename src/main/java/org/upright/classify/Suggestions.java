package org.upright.classify;

import java.util.List;

/** What the classifier suggests for one text: themes, affected persons and SDG goals, each best first. */
public record Suggestions(List<Suggestion> themes, List<Suggestion> affectedPersons, List<Suggestion> sdgs) {
    public Suggestions {
        themes = List.copyOf(themes);
        affectedPersons = List.copyOf(affectedPersons);
        sdgs = List.copyOf(sdgs);
    }

    /** The suggestions of one family. */
    public List<Suggestion> of(Family family) {
        return switch (family) {
            case THEMES -> themes;
            case AFFECTED_PERSONS -> affectedPersons;
            case SDGS -> sdgs;
        };
    }
}
