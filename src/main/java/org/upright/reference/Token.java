package org.upright.reference;

/**
 * One word, number or punctuation mark of a text with its span [start, end) in that text. The key is the
 * comparison form: lower case, accents removed, every apostrophe written {@code '}. The gap says what separates the
 * token from the one before it.
 */
record Token(String text, String key, int start, int end, Kind kind, Gap gap) {

    /** What a token is made of: letters, digits, or one punctuation character. */
    enum Kind { WORD, NUMBER, PUNCT }

    /**
     * What lies between a token and the previous one: nothing ("CED" and "10" in "CED10"), a hyphen (with or without
     * spaces and line breaks), spaces, or a line break without a hyphen.
     */
    enum Gap { NONE, HYPHEN, SPACE, LINE_BREAK }

    boolean is(String key) {
        return this.key.equals(key);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean startsUpperCase() {
        return Character.isUpperCase(text.charAt(0));
    }
}
