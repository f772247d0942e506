package org.upright.classify;

import java.util.Map;
import java.util.Set;

/**
 * One labelled recommendation: its document (the fold of cross-validation), line, text, and the canonical ids of
 * each family its document labels (a family the document never labels, like SDGs before 2015, is absent: no labels
 * there means "not labelled", not "none").
 */
public record LabelledStatement(String doc, int line, String text, Map<Family, Set<String>> labels) {
    public LabelledStatement {
        labels = Map.copyOf(labels);
    }

    /** Whether this statement's document labels the family at all. */
    public boolean labels(Family family) {
        return labels.containsKey(family);
    }
}
