package org.upright.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The features of a text: words and word pairs, lower-cased and lightly stemmed, without the recommending States'
 * closing parenthesis (they say who asked, not what about) and without the commonest function words.
 */
final class Features {
    /** The closing "(Brazil, Chile);" of a UPR recommendation. */
    private static final Pattern RECOMMENDING_STATES = Pattern.compile("\\s*\\([^()]*\\)\\s*[;.,]?\\s*$");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "its",
            "with", "by", "as", "at", "from", "that", "this", "be", "is", "are", "all", "their", "which", "into", "it");

    private Features() {
    }

    /** The text a classifier and the rules read: the recommending States removed. */
    static String content(String text) {
        return RECOMMENDING_STATES.matcher(text.strip()).replaceFirst("");
    }

    static String[] of(String text) {
        List<String> words = new ArrayList<>();
        for (String token : NON_WORD.split(content(text).toLowerCase(Locale.ROOT))) {
            if (!token.isEmpty() && !STOP.contains(token)) {
                words.add(stem(token));
            }
        }
        Set<String> features = new LinkedHashSet<>();
        features.add("bias");
        for (int i = 0; i < words.size(); i++) {
            features.add("w=" + words.get(i));
            if (i + 1 < words.size()) {
                features.add("b=" + words.get(i) + "_" + words.get(i + 1));
            }
        }
        return features.toArray(String[]::new);
    }

    /** Plural and verb endings folded: "rights" and "right", "ratifies" and "ratify" count as one word. */
    private static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
