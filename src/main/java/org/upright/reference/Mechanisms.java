package org.upright.reference;

import java.util.List;
import java.util.Optional;

/** STUB: UN human-rights mechanisms and agencies, by name, abbreviation and mandate title. */
public final class Mechanisms {
    public static Mechanisms load() { return new Mechanisms(); }
    public List<MechanismMention> findMentions(String text) { return List.of(); }
    public Optional<Mechanism> byCode(String code) { return Optional.empty(); }
}
