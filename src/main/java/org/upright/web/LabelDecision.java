package org.upright.web;

import java.util.Locale;
import org.upright.classify.Family;
import org.upright.classify.LabelState;
import org.upright.common.UsageException;

/**
 * A reviewer's decision as the forms and the API send it: the family ({@code theme}, {@code person}, {@code sdg}),
 * the concept's id and {@code accept}, {@code reject} or {@code add}. The add form sends one select's value,
 * {@code family:concept}, so that a concept never travels with another family's name.
 */
record LabelDecision(Family family, String conceptId, LabelState state) {
    private static final int MAX_CONCEPT = 200;

    /**
     * Reads the three fields; a missing or unknown family or decision, or no concept, is a {@link UsageException}
     * (400). Whether the concept exists is the label service's to say (422).
     */
    static LabelDecision of(String family, String concept, String decision) {
        String id = concept == null ? "" : concept.strip();
        String familyName = family == null ? "" : family.strip();
        int colon = id.indexOf(':');
        if (familyName.isEmpty() && colon > 0) {
            familyName = id.substring(0, colon);
            id = id.substring(colon + 1).strip();
        }
        if (id.isEmpty() || id.length() > MAX_CONCEPT || id.chars().anyMatch(Character::isISOControl)) {
            throw new UsageException("name the concept of the label (e.g. \"A12\", \"women\", \"SDG4\")");
        }
        return new LabelDecision(family(familyName), id, state(decision));
    }

    /** A family by its name in the taxonomy ({@code theme}), in the output ({@code themes}) or as the enum names it. */
    static Family family(String name) {
        for (Family f : Family.values()) {
            if (f.taxonomyName().equalsIgnoreCase(name) || f.outputName().equalsIgnoreCase(name)
                    || f.corpusField().equalsIgnoreCase(name) || f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new UsageException("unknown label family \"" + shorten(name) + "\": use theme, person or sdg");
    }

    private static LabelState state(String decision) {
        return switch (decision == null ? "" : decision.strip().toLowerCase(Locale.ROOT)) {
            case "accept", "accepted" -> LabelState.ACCEPTED;
            case "reject", "rejected" -> LabelState.REJECTED;
            case "add", "added" -> LabelState.ADDED;
            default -> throw new UsageException("unknown decision \"" + shorten(decision)
                    + "\": use accept, reject or add");
        };
    }

    private static String shorten(String text) {
        String t = text == null ? "" : text;
        return t.length() > 40 ? t.substring(0, 40) + "..." : t;
    }
}
