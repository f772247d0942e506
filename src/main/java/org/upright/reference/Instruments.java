package org.upright.reference;

import java.util.List;
import java.util.Optional;

/** STUB: the core human-rights instruments, their abbreviations and optional procedures. */
public final class Instruments {
    public static Instruments load() { return new Instruments(); }
    public List<Instrument> all() { return List.of(); }
    public Optional<Instrument> byAbbreviation(String abbreviation) { return Optional.empty(); }
    public List<InstrumentMention> findAbbreviations(String text) { return List.of(); }
    public Optional<Instrument> withProcedure(String procedure, String articles) { return Optional.empty(); }
}
