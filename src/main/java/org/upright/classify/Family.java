package org.upright.classify;

/** The three label families a statement is classified by, with their names in the taxonomy, output and corpus. */
public enum Family {
    THEMES("theme", "themes", "themes"),
    AFFECTED_PERSONS("person", "affectedPersons", "affected_persons"),
    SDGS("sdg", "sdgs", "sdgs");

    private final String taxonomyName;
    private final String outputName;
    private final String corpusField;

    Family(String taxonomyName, String outputName, String corpusField) {
        this.taxonomyName = taxonomyName;
        this.outputName = outputName;
        this.corpusField = corpusField;
    }

    /** The name in the taxonomy files ({@code theme}, {@code person}, {@code sdg}). */
    public String taxonomyName() {
        return taxonomyName;
    }

    /** The JSON field {@code upright classify} writes and the eval lines print ({@code affectedPersons}). */
    public String outputName() {
        return outputName;
    }

    /** The JSON field of the labelled corpus ({@code affected_persons}). */
    public String corpusField() {
        return corpusField;
    }

    static Family ofTaxonomyName(String name) {
        for (Family family : values()) {
            if (family.taxonomyName.equals(name)) {
                return family;
            }
        }
        throw new IllegalArgumentException("unknown label family: " + name);
    }
}
