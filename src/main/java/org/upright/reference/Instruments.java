package org.upright.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The core human-rights instruments, their abbreviations and optional procedures, and the other instruments the UPR reports on. */
public final class Instruments {
    private static final Pattern ARTICLE = Pattern.compile("(\\d+)(?:\\s*[-\u2013]\\s*(\\d+))?");

    private final List<Instrument> all;
    private final List<RelatedInstrument> others;
    private final Map<String, Instrument> byAbbreviation = new HashMap<>();
    private final Map<String, Instrument> byName = new HashMap<>();
    private final Map<String, RelatedInstrument> otherByName = new HashMap<>();
    private final PhraseMatcher<Instrument> abbreviations = new PhraseMatcher<>(true);
    private final InstrumentNameReader names;

    private Instruments(JsonNode table) {
        List<Instrument> core = new ArrayList<>();
        for (JsonNode row : table.path("core")) {
            List<OptionalProcedure> procedures = new ArrayList<>();
            for (JsonNode procedure : row.path("procedures")) {
                procedures.add(new OptionalProcedure(procedure.path("procedure").asText(),
                        ReferenceFiles.strings(procedure, "articles")));
            }
            Instrument instrument = new Instrument(row.path("code").asText(), row.path("name").asText(),
                    ReferenceFiles.strings(row, "aliases"), row.path("body").asText(), row.path("adopted").asInt(),
                    List.copyOf(procedures));
            core.add(instrument);
            byName.put(Tokenizer.key(instrument.name()), instrument);
            for (String abbreviation : abbreviationsOf(instrument)) {
                byAbbreviation.put(abbreviationKey(abbreviation), instrument);
                abbreviations.add(abbreviation, instrument);
            }
        }
        List<RelatedInstrument> related = new ArrayList<>();
        for (JsonNode row : table.path("others")) {
            RelatedInstrument instrument = new RelatedInstrument(row.path("code").asText(), row.path("name").asText(),
                    ReferenceFiles.strings(row, "aliases"), row.path("adopted").asInt(), row.path("group").asText());
            related.add(instrument);
            otherByName.putIfAbsent(Tokenizer.key(instrument.code()), instrument);
            otherByName.putIfAbsent(Tokenizer.key(instrument.name()), instrument);
            instrument.aliases().forEach(alias -> otherByName.putIfAbsent(Tokenizer.key(alias), instrument));
        }
        all = List.copyOf(core);
        others = List.copyOf(related);
        names = new InstrumentNameReader(all, others);
    }

    /** The table, read once per JVM from the classpath. */
    public static Instruments load() {
        return Holder.INSTANCE;
    }

    /** The 18 core instruments in the order the UPR compilations list them (ICERD first, CED last). */
    public List<Instrument> all() {
        return all;
    }

    /** The other instruments the compilations report on, grouped as their tables group them. */
    public List<RelatedInstrument> others() {
        return others;
    }

    /** A core instrument by code or alias, ignoring case, spaces, hyphens and dots ("ICCPR-OP1", "opcat", "CRC-OP-AC"). */
    public Optional<Instrument> byAbbreviation(String abbreviation) {
        return abbreviation == null ? Optional.empty()
                : Optional.ofNullable(byAbbreviation.get(abbreviationKey(abbreviation)));
    }

    /** A core instrument by its full name, ignoring case, spacing and accents. */
    public Optional<Instrument> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(Tokenizer.key(name)));
    }

    /** Another instrument by code, full name or alias ("Palermo Protocol", "Rome Statute", "ILO C182"). */
    public Optional<RelatedInstrument> otherByName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(otherByName.get(Tokenizer.key(name)));
    }

    /**
     * Every core-instrument code or alias in the text, left to right, the longest at each place ("OP-CAT", not
     * "CAT"). A code must stand as a word, but a footnote number glued after it still ends it: "CED10" is CED, and
     * "ICCPR-OP 2.12" is ICCPR-OP 2 ending before the dot. As no code ends in a number above 2, digits glued after
     * "ICCPR-OP 1" or "ICCPR-OP 2" are taken as a footnote reference too ("ICCPR-OP 212" is ICCPR-OP 2 and note 12).
     */
    public List<InstrumentMention> findAbbreviations(String text) {
        List<InstrumentMention> mentions = new ArrayList<>();
        for (PhraseMatcher.Match<Instrument> match : abbreviations.findAll(Tokenizer.tokenize(text))) {
            mentions.add(new InstrumentMention(match.value(), match.start(), match.end()));
        }
        return mentions;
    }

    /**
     * Every instrument named in running text, left to right, the longest reading at each place: a core or other
     * instrument's code written in capitals ("CAT", not "cat"), alias or full name, with or without its commas, a
     * leading "International" or a plural ending ("the Convention on Enforced Disappearances"); a full name with a
     * core code in place of the treaty it contains ("the Optional Protocol to the CRPD"); a beginning of a full name
     * that belongs to one instrument only and ends where the text's phrase does ("the Convention against Torture");
     * and names read in context: "its Optional Protocol" and "the Optional Protocol thereto" (of the core instrument
     * named last), "the Optional Protocols to the CRC", "both Optional Protocols to ICCPR" (the two adopted first),
     * "the 1954 and 1961 Conventions". A name that stays ambiguous ("the Optional Protocol to the CRC") gives no
     * mention, and neither does any word of an unknown name that begins like a known one ("the Convention on the
     * non-applicability of statutory limitations").
     */
    public List<InstrumentNameMention> findNames(String text) {
        return findNames(text, null);
    }

    /**
     * {@link #findNames(String)} in a text written in a known year, or null if unknown: a name that fits several
     * instruments drops those adopted after that year, unless that leaves none ("the Optional Protocols to the CRC"
     * in 2009 are the two adopted in 2000, not the third of 2011).
     */
    public List<InstrumentNameMention> findNames(String text, Integer year) {
        return names.read(text, year);
    }

    /**
     * The instrument whose optional procedure this is, given as the compilations print it: the procedure
     * ("inquiry-procedure", "Inquiry procedure") and the articles ("8 and 9", "arts. 6-7"), compared as sets of
     * article numbers. An exact set wins over a procedure that merely includes the articles; where two
     * instruments have the same procedure under the same article (individual complaints under art. 1 of both
     * ICCPR-OP 1 and OP-CRPD) the first in table order is returned; {@link #allWithProcedure} gives them all.
     */
    public Optional<Instrument> withProcedure(String procedure, String articles) {
        List<Instrument> exact = allWithProcedure(procedure, articles);
        if (!exact.isEmpty()) {
            return Optional.of(exact.get(0));
        }
        String wanted = procedureKey(procedure);
        Set<String> numbers = articleNumbers(articles);
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        for (Instrument instrument : all) {
            for (OptionalProcedure candidate : instrument.procedures()) {
                if (candidate.procedure().equals(wanted) && candidate.articles().containsAll(numbers)) {
                    return Optional.of(instrument);
                }
            }
        }
        return Optional.empty();
    }

    /** Every core instrument with exactly this procedure under exactly these articles, in table order. */
    public List<Instrument> allWithProcedure(String procedure, String articles) {
        String wanted = procedureKey(procedure);
        Set<String> numbers = articleNumbers(articles);
        List<Instrument> found = new ArrayList<>();
        for (Instrument instrument : all) {
            for (OptionalProcedure candidate : instrument.procedures()) {
                if (candidate.procedure().equals(wanted) && Set.copyOf(candidate.articles()).equals(numbers)) {
                    found.add(instrument);
                }
            }
        }
        return found;
    }

    /** The article numbers a printed reference names: "8 and 9" and "arts. 8-9" both give {8, 9}. */
    static Set<String> articleNumbers(String articles) {
        Set<String> numbers = new LinkedHashSet<>();
        if (articles == null) {
            return numbers;
        }
        Matcher matcher = ARTICLE.matcher(articles);
        while (matcher.find()) {
            int first = Integer.parseInt(matcher.group(1));
            int last = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
            if (last < first || last - first > 20) {
                last = first;
                if (matcher.group(2) != null) {
                    numbers.add(matcher.group(2));
                }
            }
            for (int article = first; article <= last; article++) {
                numbers.add(Integer.toString(article));
            }
        }
        return numbers;
    }

    /** "Inter-State complaints", "inter-state-complaints" and "inter state complaints" are one procedure. */
    static String procedureKey(String procedure) {
        return procedure == null ? "" : String.join("-", Tokenizer.key(procedure).split(" "));
    }

    private static List<String> abbreviationsOf(Instrument instrument) {
        List<String> abbreviations = new ArrayList<>();
        abbreviations.add(instrument.code());
        abbreviations.addAll(instrument.aliases());
        return abbreviations;
    }

    private static String abbreviationKey(String abbreviation) {
        StringBuilder key = new StringBuilder(abbreviation.length());
        for (Token token : Tokenizer.tokenize(abbreviation)) {
            if (!token.is(".")) {
                key.append(token.key());
            }
        }
        return key.toString().toUpperCase(Locale.ROOT);
    }

    private static final class Holder {
        static final Instruments INSTANCE = new Instruments(ReferenceFiles.json("instruments.json"));
    }
}
