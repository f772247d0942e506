package org.upright.reference;

/**
 * A text split into words, numbers and punctuation marks exactly as {@link Instruments#findNames} splits it, for
 * callers that read the words around the names it finds (the verb that asks for an instrument, say) and must not
 * keep a tokenizer of their own that could drift from this one.
 *
 * <p>Spaces and hyphens separate tokens without being tokens ("OP-CAT" is "OP", "CAT"), and letters and digits form
 * separate tokens ("CED10" is "CED", "10"). A token's key is its comparison form: lower case, without accents, every
 * apostrophe written {@code '}.
 */
public final class TokenizedText {
    private final Token[] tokens;

    private TokenizedText(Token[] tokens) {
        this.tokens = tokens;
    }

    /** Splits a text. */
    public static TokenizedText of(String text) {
        return new TokenizedText(Tokenizer.tokenize(text));
    }

    /** The number of tokens. */
    public int size() {
        return tokens.length;
    }

    /** The comparison form of token {@code i}: "ratify" for "Ratify", "," for a comma. */
    public String key(int i) {
        return tokens[i].key();
    }

    /** Whether token {@code i} is a run of digits. */
    public boolean isNumber(int i) {
        return tokens[i].kind() == Token.Kind.NUMBER;
    }

    /** Whether token {@code i} is one punctuation mark. */
    public boolean isPunctuation(int i) {
        return tokens[i].kind() == Token.Kind.PUNCT;
    }

    /**
     * The index of the first token that starts at or after a character offset, {@link #size()} if none: the token a
     * mention's start offset begins, or the one after a mention given its end offset.
     */
    public int indexAt(int offset) {
        int low = 0;
        int high = tokens.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens[middle].start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
