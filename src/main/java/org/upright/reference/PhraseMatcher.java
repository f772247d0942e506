package org.upright.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known phrases in tokenized text: a trie over token keys, so one pass over a 35 KB document costs a few
 * hash look-ups per token instead of one regular expression per phrase.
 *
 * <p>Matching ignores accents, spacing and hyphens (see {@link Tokenizer}) and mostly ignores case, but keeps the
 * capitals a name depends on: a phrase word written with an initial capital needs one in the text ("Turkey", not
 * "turkey"), and an acronym (two or more capitals) must appear as written or in full capitals ("CAT", not "cat").
 * Words that a phrase joins with a hyphen or writes together may be spaced in the text but not split over two lines
 * without a hyphen: in a table column "CEDAW" above "OP-CEDAW" is not the alias "CEDAW-OP".
 *
 * @param <T> what a phrase stands for
 */
final class PhraseMatcher<T> {
    private static final byte ANY_CASE = 0;
    private static final byte INITIAL_CAPITAL = 1;
    private static final byte ACRONYM = 2;

    private final Node<T> root = new Node<>();
    private final boolean gluedDigits;

    /**
     * @param gluedDigits whether a phrase ending in a number also matches at the start of a longer number, as
     *                    footnote references glue their digits to it ("ICCPR-OP 212" is "ICCPR-OP 2" and note 12)
     */
    PhraseMatcher(boolean gluedDigits) {
        this.gluedDigits = gluedDigits;
    }

    /** Adds a phrase; a phrase added twice with the same spelling keeps its first value. */
    void add(String phrase, T value) {
        Token[] tokens = Tokenizer.tokenize(phrase);
        if (tokens.length == 0) {
            throw new IllegalArgumentException("empty phrase");
        }
        Node<T> node = root;
        String[] forms = new String[tokens.length];
        byte[] rules = new byte[tokens.length];
        boolean[] joined = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            node = node.child(tokens[i].key(), true);
            forms[i] = tokens[i].text();
            rules[i] = rule(forms[i]);
            joined[i] = i > 0 && (tokens[i].gap() == Token.Gap.NONE || tokens[i].gap() == Token.Gap.HYPHEN);
        }
        for (Entry<T> entry : node.entries) {
            if (Arrays.equals(entry.forms, forms) && Arrays.equals(entry.joined, joined)) {
                return;
            }
        }
        node.entries.add(new Entry<>(forms, rules, joined, value));
    }

    /** The longest phrase that starts at {@code tokens[from]}, or null. */
    Match<T> longestAt(Token[] tokens, int from) {
        return longest(root, tokens, from, from);
    }

    /** Every phrase in the tokens, left to right, the longest one wherever several start at the same token. */
    List<Match<T>> findAll(Token[] tokens) {
        List<Match<T>> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            Match<T> match = longestAt(tokens, i);
            if (match == null) {
                i++;
            } else {
                found.add(match);
                i = match.to();
            }
        }
        return found;
    }

    private Match<T> longest(Node<T> node, Token[] tokens, int from, int next) {
        if (next < tokens.length) {
            Node<T> child = node.child(tokens[next].key(), false);
            if (child != null) {
                Match<T> deeper = longest(child, tokens, from, next + 1);
                if (deeper != null) {
                    return deeper;
                }
            }
            if (gluedDigits && tokens[next].kind() == Token.Kind.NUMBER && node.children != null) {
                Match<T> glued = gluedNumber(node, tokens, from, next);
                if (glued != null) {
                    return glued;
                }
            }
        }
        if (node != root) {
            for (Entry<T> entry : node.entries) {
                if (fits(entry, tokens, from)) {
                    return new Match<>(entry.value, from, next, tokens[from].start(), tokens[next - 1].end());
                }
            }
        }
        return null;
    }

    private Match<T> gluedNumber(Node<T> node, Token[] tokens, int from, int next) {
        String digits = tokens[next].key();
        for (Map.Entry<String, Node<T>> child : node.children.entrySet()) {
            String number = child.getKey();
            // a footnote number never starts with 0, so "ICCPR-OP 10" is not "ICCPR-OP 1" and note 0
            if (digits.length() > number.length() && digits.startsWith(number) && digits.charAt(number.length()) != '0'
                    && Character.isDigit(number.charAt(0))) {
                for (Entry<T> entry : child.getValue().entries) {
                    if (fits(entry, tokens, from)) {
                        return new Match<>(entry.value, from, next + 1, tokens[from].start(),
                                tokens[next].start() + number.length());
                    }
                }
            }
        }
        return null;
    }

    private static boolean fits(Entry<?> entry, Token[] tokens, int from) {
        for (int i = 0; i < entry.forms.length; i++) {
            if (entry.joined[i] && tokens[from + i].gap() == Token.Gap.LINE_BREAK) {
                return false;
            }
            String text = tokens[from + i].text();
            switch (entry.rules[i]) {
                case INITIAL_CAPITAL -> {
                    if (!Character.isUpperCase(text.charAt(0))) {
                        return false;
                    }
                }
                case ACRONYM -> {
                    if (!text.equals(entry.forms[i]) && !allCapitals(text)) {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    private static byte rule(String form) {
        int capitals = 0;
        for (int i = 0; i < form.length(); i++) {
            if (Character.isUpperCase(form.charAt(i))) {
                capitals++;
            }
        }
        return capitals >= 2 ? ACRONYM : capitals == 1 && Character.isUpperCase(form.charAt(0)) ? INITIAL_CAPITAL : ANY_CASE;
    }

    private static boolean allCapitals(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A phrase found: its value, its tokens [from, to) and its characters [start, end). */
    record Match<T>(T value, int from, int to, int start, int end) {
    }

    private record Entry<T>(String[] forms, byte[] rules, boolean[] joined, T value) {
    }

    private static final class Node<T> {
        private Map<String, Node<T>> children;
        private final List<Entry<T>> entries = new ArrayList<>(1);

        Node<T> child(String key, boolean create) {
            if (children == null) {
                if (!create) {
                    return null;
                }
                children = new HashMap<>(4);
            }
            return create ? children.computeIfAbsent(key, k -> new Node<>()) : children.get(key);
        }
    }
}
