package org.upright.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the taxonomy itself says about each label, as labelled statements every training set gets: each concept's
 * name and every source vocabulary's spelling of it ("Prohibition of torture and cruel, inhuman or degrading
 * treatment" is D25), and each SDG target's text under its goal. A label no training document happens to use still
 * has its own words; measured by cross-validation by document it raised every family (ADR 0012).
 */
final class Knowledge {
    /** The document these statements belong to: never a fold of cross-validation, always in training. */
    static final String DOC = "(taxonomy)";
    /** A list's own code before a label: "A12 ", "29.1. ", "S16 ", "10 - ". */
    private static final Pattern CODE = Pattern.compile("^(?:[A-Z]\\d+|\\d+(?:\\.\\d+)*\\.?)(?:\\s*-)?\\s+");

    private Knowledge() {
    }

    static List<LabelledStatement> of(Taxonomy taxonomy) {
        List<LabelledStatement> statements = new ArrayList<>();
        for (Family family : Family.values()) {
            Set<String> seen = new HashSet<>();
            for (Concept concept : taxonomy.concepts(family)) {
                add(statements, seen, family, concept.id(), concept.label());
            }
            for (SourceLabel label : taxonomy.sourceLabels(family)) {
                add(statements, seen, family, label.conceptId(), label.label());
            }
        }
        for (SdgTarget target : taxonomy.sdgTargets()) {
            statements.add(new LabelledStatement(DOC, 0, target.text(),
                    Map.of(Family.SDGS, Set.of(target.goalId()))));
        }
        return List.copyOf(statements);
    }

    /** A name without its list's code; the same words for the same concept only once. */
    static String words(String label) {
        return CODE.matcher(label.replace('\u00a0', ' ').strip()).replaceFirst("").strip();
    }

    private static void add(List<LabelledStatement> statements, Set<String> seen, Family family, String id,
            String label) {
        String words = words(label).replaceAll("\\s+", " ");
        if (!words.isEmpty() && seen.add(id + '\n' + words.toLowerCase(Locale.ROOT))) {
            statements.add(new LabelledStatement(DOC, 0, words, Map.of(family, Set.of(id))));
        }
    }
}
