package org.upright.classify;

/** Where a label of an entry stands: suggested by the classifier, or decided by a person. */
public enum LabelState {
    /** The classifier's suggestion, not yet reviewed. */
    SUGGESTED,
    /** A suggestion a reviewer confirmed. */
    ACCEPTED,
    /** A suggestion a reviewer turned down: the entry no longer carries it, and a new suggestion does not bring it back. */
    REJECTED,
    /** A label a reviewer gave that the classifier had not suggested (a correction). */
    ADDED
}
