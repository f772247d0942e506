package org.upright.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words, numbers and punctuation marks, keeping each token's character offsets.
 *
 * <p>Whitespace and hyphens are not tokens, so that names broken across lines ("the High\nCommissioner") or written
 * with or without hyphens ("OP-CAT", "OP CAT"; "Sub-Committee") compare equal. Letters and digits form separate
 * tokens because PDF text glues footnote numbers to the word before them ("CED10", "CEDAW58"): the split is what
 * makes a word boundary there.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static Token[] tokenize(String text) {
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        boolean hyphen = false;
        boolean space = false;
        boolean lineBreak = false;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c) || isHyphen(c)) {
                hyphen |= isHyphen(c);
                lineBreak |= c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
                space = true;
                i++;
                continue;
            }
            Token.Gap gap = hyphen ? Token.Gap.HYPHEN : lineBreak ? Token.Gap.LINE_BREAK : space ? Token.Gap.SPACE : Token.Gap.NONE;
            hyphen = false;
            space = false;
            lineBreak = false;
            if (isLetter(c)) {
                int start = i;
                boolean ascii = c < 128;
                i++;
                while (i < n && (isLetter(text.charAt(i)) || isMark(text.charAt(i)))) {
                    ascii &= text.charAt(i) < 128;
                    i++;
                }
                String word = text.substring(start, i);
                tokens.add(new Token(word, ascii ? word.toLowerCase(Locale.ROOT) : fold(word), start, i, Token.Kind.WORD, gap));
            } else if (c >= '0' && c <= '9') {
                int start = i;
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                String number = text.substring(start, i);
                tokens.add(new Token(number, number, start, i, Token.Kind.NUMBER, gap));
            } else {
                String mark = String.valueOf(c);
                tokens.add(new Token(mark, punctuationKey(c), i, i + 1, Token.Kind.PUNCT, gap));
                i++;
            }
        }
        return tokens.toArray(Token[]::new);
    }

    /** The comparison form of a word: lower case without accents ("Côte" and "Cote" compare equal). */
    static String fold(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (!isMark(c)) {
                folded.append(c);
            }
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /** The tokens' keys joined by single spaces: a lookup key that ignores case, accents, spacing and hyphens. */
    static String key(String text) {
        StringBuilder key = new StringBuilder();
        for (Token token : tokenize(text)) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(token.key());
        }
        return key.toString();
    }

    private static String punctuationKey(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u2032', '`', '\u00B4' -> "'";
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> "\"";
            default -> String.valueOf(c);
        };
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u00AD' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }

    private static boolean isLetter(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
    }

    private static boolean isMark(char c) {
        if (c < 128) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
