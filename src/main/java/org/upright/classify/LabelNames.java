package org.upright.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How labels read in the search index, its facets and the exports: a coded UHRI theme as its code and label
 * ("A12 Acceptance of international norms", as the UPR thematic lists print it), any other theme by its label, a
 * group of persons by its label ("women") and an SDG as "SDG 4", short enough for a facet.
 */
public final class LabelNames {
    private static final Pattern THEME_CODE = Pattern.compile("[A-Z]\\d+");
    private static final Pattern SDG_ID = Pattern.compile("SDG(\\d+)");

    private LabelNames() {
    }

    /** The display name of one label. */
    public static String display(Family family, String conceptId, String label) {
        return switch (family) {
            case THEMES -> THEME_CODE.matcher(conceptId).matches() ? conceptId + " " + label : label;
            case AFFECTED_PERSONS -> label;
            case SDGS -> {
                var goal = SDG_ID.matcher(conceptId);
                yield goal.matches() ? "SDG " + goal.group(1) : label;
            }
        };
    }

    /** The display names of those of the labels in one family, in their order. */
    public static List<String> of(List<EntryLabel> labels, Family family) {
        List<String> names = new ArrayList<>();
        for (EntryLabel l : labels) {
            if (l.family() == family && l.effective()) {
                String name = display(family, l.conceptId(), l.label());
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
