package org.upright.classify;

import java.util.List;

/** An entry in the review queue: the entry and all its labels, undecided suggestions among them. */
public record ReviewItem(LabelledEntry entry, List<EntryLabel> labels) {
    public ReviewItem {
        labels = List.copyOf(labels);
    }
}
