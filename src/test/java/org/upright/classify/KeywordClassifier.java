package org.upright.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A small deterministic classifier for tests: a few keywords give a theme, a group of persons and an SDG ("torture"
 * → D25 and SDG 16, "women" → women and SDG 5, "child" → children, "ratif" → A12, "education" → E51 and SDG 4);
 * a text with none of them gets the general theme A1 with a low confidence, as a real classifier always says
 * something. Confidences depend on the text's length only, so that a queue has an order to test.
 */
public final class KeywordClassifier {
    static final Concept TORTURE = new Concept(Family.THEMES, "D25",
            "Prohibition of torture and cruel, inhuman or degrading treatment", "uhri");
    static final Concept NORMS = new Concept(Family.THEMES, "A12", "Acceptance of international norms", "uhri");
    static final Concept EDUCATION = new Concept(Family.THEMES, "E51", "Right to education - General", "uhri");
    static final Concept SCOPE = new Concept(Family.THEMES, "A1", "Scope of international obligations", "uhri");
    static final Concept SELF_DETERMINATION = new Concept(Family.THEMES, "X-SELF-DETERMINATION",
            "Right to self-determination", "upright");
    static final Concept WOMEN = new Concept(Family.AFFECTED_PERSONS, "women", "women", "uhri");
    static final Concept CHILDREN = new Concept(Family.AFFECTED_PERSONS, "children", "children", "uhri");
    static final Concept SDG4 = new Concept(Family.SDGS, "SDG4", "Goal 4. Quality education", "un");
    static final Concept SDG5 = new Concept(Family.SDGS, "SDG5", "Goal 5. Gender equality", "un");
    static final Concept SDG16 = new Concept(Family.SDGS, "SDG16", "Goal 16. Peace, justice and strong institutions",
            "un");
    private static final List<Concept> CONCEPTS = List.of(TORTURE, NORMS, EDUCATION, SCOPE, SELF_DETERMINATION, WOMEN,
            CHILDREN, SDG4, SDG5, SDG16);

    private KeywordClassifier() {
    }

    /** The suggestions for a text. */
    public static Suggestions classify(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        double confidence = 0.45 + (text.length() % 50) / 100.0;
        List<Suggestion> themes = new ArrayList<>();
        List<Suggestion> persons = new ArrayList<>();
        List<Suggestion> sdgs = new ArrayList<>();
        if (lower.contains("torture")) {
            themes.add(new Suggestion(TORTURE, confidence));
            sdgs.add(new Suggestion(SDG16, confidence));
        }
        if (lower.contains("ratif")) {
            themes.add(new Suggestion(NORMS, confidence));
        }
        if (lower.contains("education")) {
            themes.add(new Suggestion(EDUCATION, confidence));
            sdgs.add(new Suggestion(SDG4, confidence));
        }
        if (lower.contains("women")) {
            persons.add(new Suggestion(WOMEN, confidence));
            sdgs.add(new Suggestion(SDG5, confidence));
        }
        if (lower.contains("child")) {
            persons.add(new Suggestion(CHILDREN, confidence));
        }
        if (themes.isEmpty()) {
            themes.add(new Suggestion(SCOPE, 0.2));
        }
        return new Suggestions(themes, persons, sdgs);
    }

    /** The concept of a family and id among the few this classifier knows. */
    public static Optional<Concept> concept(Family family, String id) {
        return CONCEPTS.stream().filter(c -> c.family() == family && c.id().equals(id)).findFirst();
    }
}
