package org.upright.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** ISO 3166-1 countries with the names the UN writes, found by code, by name or in running text. */
public final class Countries {
    private final List<Country> all;
    private final Map<String, Country> byAlpha3 = new HashMap<>();
    private final Map<String, Country> byAlpha2 = new HashMap<>();
    private final Map<String, Country> byName = new HashMap<>();
    private final PhraseMatcher<Country> matcher = new PhraseMatcher<>(false);

    private Countries(JsonNode table) {
        List<Country> countries = new ArrayList<>();
        for (JsonNode row : table.path("countries")) {
            List<String> searched = ReferenceFiles.strings(row, "variants");
            List<String> variants = new ArrayList<>(searched);
            variants.addAll(ReferenceFiles.strings(row, "lookup"));
            Country country = new Country(row.path("a2").asText(), row.path("a3").asText(), row.path("name").asText(),
                    List.copyOf(variants));
            countries.add(country);
            byAlpha3.put(country.alpha3(), country);
            byAlpha2.put(country.alpha2(), country);
            matcher.add(country.name(), country);
            searched.forEach(name -> matcher.add(name, country));
        }
        all = List.copyOf(countries);
        // official names first, so that no variant of one country can take the official name of another
        all.forEach(country -> byName.putIfAbsent(nameKey(country.name()), country));
        all.forEach(country -> country.variants().forEach(name -> byName.putIfAbsent(nameKey(name), country)));
    }

    /** The table, read once per JVM from the classpath. */
    public static Countries load() {
        return Holder.INSTANCE;
    }

    /** Every country of ISO 3166-1 (249), in the alphabetical order of the ISO English short names. */
    public List<Country> all() {
        return all;
    }

    public Optional<Country> byAlpha3(String alpha3) {
        return alpha3 == null ? Optional.empty() : Optional.ofNullable(byAlpha3.get(alpha3.strip().toUpperCase(Locale.ROOT)));
    }

    public Optional<Country> byAlpha2(String alpha2) {
        return alpha2 == null ? Optional.empty() : Optional.ofNullable(byAlpha2.get(alpha2.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The country with this name or variant, ignoring case, accents, apostrophe shapes, spacing and a leading
     * "the" ("the Netherlands", "Cote d’Ivoire").
     */
    public Optional<Country> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(nameKey(name)));
    }

    /**
     * Every country named in the text, left to right, without overlaps; where names overlap the one starting first
     * wins, then the longest ("Democratic People's Republic of Korea" is one mention, not "Republic of Korea").
     * Spans are character offsets into {@code text} and never include a leading "the".
     */
    public List<CountryMention> findMentions(String text) {
        List<CountryMention> mentions = new ArrayList<>();
        for (PhraseMatcher.Match<Country> match : matcher.findAll(Tokenizer.tokenize(text))) {
            mentions.add(new CountryMention(match.value(), match.start(), match.end()));
        }
        return mentions;
    }

    /** The country the text names most often; a tie goes to the one named first. */
    public Optional<Country> mostMentioned(String text) {
        Map<Country, Integer> counts = new LinkedHashMap<>();
        findMentions(text).forEach(mention -> counts.merge(mention.country(), 1, Integer::sum));
        Country best = null;
        int bestCount = 0;
        for (Map.Entry<Country, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    private static String nameKey(String name) {
        String key = Tokenizer.key(name);
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    private static final class Holder {
        static final Countries INSTANCE = new Countries(ReferenceFiles.json("countries.json"));
    }
}
