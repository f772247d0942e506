package org.upright.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The deterministic theme rules of {@code draft-themes.txt}: keywords found in the source section's heading count ten
 * times those found in the statement's text (the heading is the author's own classification); the highest score
 * wins, ties go to the earlier heading of the outline, no keyword at all gives "Other issues".
 */
public final class KeywordDraftThemes implements DraftThemes {
    private static final int HEADING_WEIGHT = 10;

    private record Rule(DraftTheme theme, List<String> keywords) {
    }

    private final List<Rule> rules;

    private KeywordDraftThemes(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules shipped in the resources. */
    public static KeywordDraftThemes load() {
        try (InputStream in = KeywordDraftThemes.class.getResourceAsStream("draft-themes.txt")) {
            if (in == null) {
                throw new IllegalStateException("draft-themes.txt is missing from the build");
            }
            List<Rule> rules = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                if (parts.length != 3) {
                    throw new IllegalStateException("draft-themes.txt: not section | title | keywords: " + line);
                }
                List<String> keywords = Arrays.stream(parts[2].split(",")).map(String::strip)
                        .filter(k -> !k.isEmpty()).map(k -> k.toLowerCase(Locale.ROOT)).toList();
                rules.add(new Rule(new DraftTheme(parts[0].strip(), parts[1].strip(), rules.size()), keywords));
            }
            return new KeywordDraftThemes(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every heading of the outline in order, "Other issues" last. */
    List<DraftTheme> outline() {
        List<DraftTheme> outline = new ArrayList<>(rules.stream().map(Rule::theme).toList());
        outline.add(DraftTheme.OTHER);
        return outline;
    }

    @Override
    public DraftTheme themeOf(DraftStatement statement) {
        String heading = lower(statement.sourceHeading());
        String text = lower(statement.text());
        DraftTheme best = DraftTheme.OTHER;
        int bestScore = 0;
        for (Rule rule : rules) {
            int score = 0;
            for (String keyword : rule.keywords()) {
                score += (heading.contains(keyword) ? HEADING_WEIGHT : 0) + (text.contains(keyword) ? 1 : 0);
            }
            if (score > bestScore) {
                best = rule.theme();
                bestScore = score;
            }
        }
        return best;
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
