package org.upright.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.upright.common.UprightException;

/**
 * The exact rules of {@code rules.csv}: a wording that always means a label ("ratify", "accede" → acceptance of
 * international norms; "women" → women), with the confidence the rule gives; they add to what the model suggests.
 */
final class Rules {
    private record Rule(Family family, String id, double confidence, Pattern pattern) {
    }

    private final List<Rule> rules;

    private Rules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static Rules load(Taxonomy taxonomy) {
        try (InputStream in = Rules.class.getResourceAsStream("rules.csv")) {
            if (in == null) {
                throw new UprightException("the classification rules rules.csv are missing from the build");
            }
            List<Rule> rules = new ArrayList<>();
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setCommentMarker('#').get().parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                Family family = Family.ofTaxonomyName(row.get("family"));
                String id = row.get("id");
                if (taxonomy.concept(family, id).isEmpty()) {
                    throw new IllegalStateException("rules.csv: no " + family.taxonomyName() + " " + id);
                }
                rules.add(new Rule(family, id, Double.parseDouble(row.get("confidence")),
                        Pattern.compile(row.get("pattern"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            }
            return new Rules(rules);
        } catch (IOException e) {
            throw new UprightException("cannot read the classification rules: " + e.getMessage(), e);
        }
    }

    /** The labels the rules give a text (the recommending States already removed), by family, with confidence. */
    Map<Family, Map<String, Double>> apply(String content) {
        Map<Family, Map<String, Double>> found = new EnumMap<>(Family.class);
        for (Rule rule : rules) {
            if (rule.pattern().matcher(content).find()) {
                found.computeIfAbsent(rule.family(), f -> new LinkedHashMap<>())
                        .merge(rule.id(), rule.confidence(), Math::max);
            }
        }
        return found;
    }
}
