package org.upright.reference;

/** The families of mechanisms, which search and reports facet on. */
public enum MechanismType {
    OHCHR, TREATY_BODY, SPECIAL_PROCEDURE, UN_AGENCY, OTHER
}
