package org.upright.reference;

import java.util.List;
import java.util.Optional;

/** STUB: ISO 3166 countries with the names the UN writes. */
public final class Countries {
    public static Countries load() { return new Countries(); }
    public Optional<Country> byAlpha3(String alpha3) { return Optional.empty(); }
    public Optional<Country> byAlpha2(String alpha2) { return Optional.empty(); }
    public Optional<Country> byName(String name) { return Optional.empty(); }
    public List<CountryMention> findMentions(String text) { return List.of(); }
    public Optional<Country> mostMentioned(String text) { return Optional.empty(); }
}
