package org.upright.ingest.upr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.reference.Countries;

/**
 * The recommending States of a recommendation: every parenthesised list of State names in its text ("(Brazil)",
 * "(Spain, Argentina)", "(Hungary) (Spain)", "(Iran (Islamic Republic of), Chile and the Holy See)"), in order, each
 * State once, in the document's wording. Names are checked against the countries table; the last parentheses of a
 * recommendation name its States by UN convention, so names there that the table lacks are kept and reported.
 */
final class RecommendingStates {
    /** Separators between names: commas and "and", outside nested parentheses. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");
    private static final Pattern NAME_LIKE = Pattern.compile("\\p{Lu}[\\p{L}’'\\-]*(?:[\\s\\-]+[\\p{L}’'()\\-]+)*");
    private static final Pattern TRAILER = Pattern.compile("[\\s.;,:]*");
    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}\\d\\-]{2,}");

    private final Countries countries;

    RecommendingStates(Countries countries) {
        this.countries = countries;
    }

    /** The States named, and the names of the last parentheses that the countries table does not know. */
    record Parsed(List<String> states, List<String> unknown) {
    }

    Parsed parse(String text) {
        Set<String> states = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        List<int[]> groups = groups(text);
        for (int g = 0; g < groups.size(); g++) {
            int[] group = groups.get(g);
            String content = text.substring(group[0] + 1, group[1] - 1).strip();
            List<String> names = names(content);
            if (names != null) {
                states.addAll(names);
            } else if (g == groups.size() - 1 && TRAILER.matcher(text.substring(group[1])).matches()) {
                List<String> pieces = pieces(content);
                if (pieces.stream().allMatch(RecommendingStates::looksLikeName)) {
                    for (String piece : pieces) {
                        String name = LEADING_THE.matcher(piece).replaceFirst("");
                        states.add(name);
                        if (countries.byName(name).isEmpty()) {
                            unknown.add(name);
                        }
                    }
                }
            }
        }
        return new Parsed(List.copyOf(states), unknown);
    }

    /**
     * The names of a parenthesised list when every one is a country, fewest (so longest) names first: "Bosnia and
     * Herzegovina" is one State, and so is "United Kingdom of Great Britain and Northern Ireland"; null otherwise.
     */
    List<String> names(String content) {
        List<String> pieces = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        split(content, pieces, separators);
        int n = pieces.size();
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = 0; start < end; start++) {
                if (best[start] != Integer.MAX_VALUE && best[start] + 1 < best[end]
                        && isCountry(join(pieces, separators, start, end))) {
                    best[end] = best[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            names.add(0, LEADING_THE.matcher(join(pieces, separators, from[end], end)).replaceFirst(""));
        }
        return names;
    }

    private boolean isCountry(String name) {
        return countries.byName(LEADING_THE.matcher(name).replaceFirst("")).isPresent();
    }

    private static String join(List<String> pieces, List<String> separators, int start, int end) {
        StringBuilder name = new StringBuilder(pieces.get(start));
        for (int i = start + 1; i < end; i++) {
            name.append(separators.get(i - 1)).append(pieces.get(i));
        }
        return name.toString();
    }

    private static List<String> pieces(String content) {
        List<String> pieces = new ArrayList<>();
        split(content, pieces, new ArrayList<>());
        return pieces;
    }

    /** Splits at separators that stand outside nested parentheses. */
    private static void split(String content, List<String> pieces, List<String> separators) {
        Matcher m = SEPARATOR.matcher(content);
        int start = 0;
        while (m.find()) {
            if (depth(content, m.start()) == 0) {
                pieces.add(content.substring(start, m.start()));
                separators.add(m.group());
                start = m.end();
            }
        }
        pieces.add(content.substring(start));
    }

    private static int depth(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
        }
        return depth;
    }

    private static boolean looksLikeName(String piece) {
        String name = LEADING_THE.matcher(piece.strip()).replaceFirst("");
        return NAME_LIKE.matcher(name).matches() && !ACRONYM.matcher(name).matches()
                && name.chars().noneMatch(Character::isDigit);
    }

    /** The outermost parenthesised spans, [open, close + 1); unmatched parentheses are ignored. */
    static List<int[]> groups(String text) {
        List<int[]> groups = new ArrayList<>();
        int depth = 0;
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                if (depth++ == 0) {
                    open = i;
                }
            } else if (c == ')' && depth > 0 && --depth == 0) {
                groups.add(new int[] {open, i + 1});
            }
        }
        return groups;
    }
}
