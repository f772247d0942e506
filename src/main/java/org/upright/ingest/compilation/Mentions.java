package org.upright.ingest.compilation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.reference.CountryMention;
import org.upright.reference.MechanismMention;
import org.upright.reference.MechanismType;
import org.upright.reference.ReferenceData;

/**
 * Everything in a text that can be a speaker: mechanisms by name or abbreviation, States, and the short forms that
 * point back to one mentioned before ("the Committee", "the Special Rapporteur", "the independent expert").
 */
final class Mentions {
    /** What a mention is. */
    enum Kind {
        NAMED, STATE, COMMITTEE, SPECIAL_RAPPORTEUR, INDEPENDENT_EXPERT, WORKING_GROUP
    }

    /** One mention: its span in the text, the codes it names (empty for a back-reference), and what it is. */
    record Mention(int start, int end, List<String> codes, Kind kind, MechanismType type, boolean ambiguous) {
        boolean speaks() {
            return kind != Kind.STATE;
        }
    }

    /** The short forms, one group each, in one pattern so that a paragraph is scanned once. */
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\b[Tt]he (?:same )?(?:"
            + "((?:Committee|Subcommittee)\\b(?!\\s+(?:on|against|for|of|to)\\b|’s|'s))"
            + "|(Special Rapporteur\\b(?!s|\\s+on\\b))"
            + "|([Ii]ndependent [Ee]xpert\\b(?!s|\\s+on\\b))"
            + "|(Working Group\\b(?!\\s+on\\b)))");
    private static final Kind[] BACK_REFERENCE_KINDS = {
        Kind.COMMITTEE, Kind.SPECIAL_RAPPORTEUR, Kind.INDEPENDENT_EXPERT, Kind.WORKING_GROUP};

    private final ReferenceData reference;

    Mentions(ReferenceData reference) {
        this.reference = reference;
    }

    /** All mentions in a text, left to right, none overlapping (names win over back-references). */
    List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        for (MechanismMention m : reference.mechanisms().findMentions(text)) {
            String matched = text.substring(m.start(), m.end()).strip();
            boolean ambiguous = reference.instruments().byAbbreviation(matched).isPresent();
            found.add(new Mention(m.start(), m.end(), m.codes(), Kind.NAMED, m.type(), ambiguous));
        }
        for (CountryMention c : reference.countries().findMentions(text)) {
            if (!overlaps(found, c.start(), c.end())) {
                found.add(new Mention(c.start(), c.end(), List.of(c.country().alpha3()), Kind.STATE,
                        MechanismType.OTHER, false));
            }
        }
        addBackReferences(text, found);
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private static void addBackReferences(String text, List<Mention> found) {
        Matcher m = BACK_REFERENCE.matcher(text);
        while (m.find()) {
            Kind kind = null;
            for (int g = 1; g <= BACK_REFERENCE_KINDS.length && kind == null; g++) {
                if (m.group(g) != null) {
                    kind = BACK_REFERENCE_KINDS[g - 1];
                }
            }
            if (!overlaps(found, m.start(), m.end())) {
                found.add(new Mention(m.start(), m.end(), List.of(), kind, MechanismType.OTHER, false));
            }
        }
    }

    private static boolean overlaps(List<Mention> found, int start, int end) {
        for (Mention m : found) {
            if (start < m.end() && end > m.start()) {
                return true;
            }
        }
        return false;
    }
}
