package org.upright.obligation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.upright.reference.InstrumentNameMention;
import org.upright.reference.TokenizedText;

/**
 * Decides which of the instruments a text names are the object of one of its {@link AskVerbs}: those standing near
 * the verb, or listed after one that is ("Ratify OP-CAT, ICRMW and the Rome Statute"), but not those merely referred
 * to ("in line with the Convention against Torture", "article 22 of CAT").
 */
final class AskObjects {
    /** Words between an ask and an instrument that show the instrument is referred to, not asked for. */
    private static final Set<String> BLOCKERS = Set.of("line", "accordance", "keeping", "conformity", "consistent",
            "compliance", "pursuant", "provision", "provisions", "principles", "obligations", "standards",
            "definition", "recommendations", "implement", "implementation", "article", "articles", "art", "arts",
            "reservation", "reservations", "declaration", "declarations", "procedure", "procedures", "competence",
            "amendment", "amendments", "mechanism", "spirit", "requirements", "establish", "ensure", "adopt",
            "bring", "amend", "review", "harmonize", "harmonise", "align", "report", "reports");
    /** Words that open a list of examples, after which the instruments of the ask follow. */
    private static final Set<String> INTRODUCERS = Set.of("including", "such", "particular", "notably", "namely",
            "especially", "specifically");
    /** What may stand between two instruments of one ask ("OP-CAT, ICRMW as well as the Rome Statute"). */
    private static final Set<String> FILLERS = Set.of(",", "(", ")", "/", "and", "as", "well", "the", "its", "their",
            "both", "two", "to", "of", "or", "also", "all", "thereto");
    private static final int GAP = 8;
    private static final int COORDINATED_GAP = 16;

    private AskObjects() {
    }

    /**
     * The instruments the text asks to join, each once with the action of its first ask.
     *
     * @param names what {@link org.upright.reference.Instruments#findNames} found in the same text
     */
    static List<Ask> find(String text, List<InstrumentNameMention> names) {
        TokenizedText tokens = TokenizedText.of(text);
        List<Named> mentions = new ArrayList<>();
        for (InstrumentNameMention name : names) {
            mentions.add(new Named(tokens.indexAt(name.start()), tokens.indexAt(name.end()), name.codes()));
        }
        List<AskVerbs.Verb> verbs = AskVerbs.find(tokens);
        Map<String, Ask> asks = new LinkedHashMap<>();
        Map<AskVerbs.Verb, Named> lastLinked = new HashMap<>();
        for (int m = 0; m < mentions.size(); m++) {
            Named mention = mentions.get(m);
            AskVerbs.Verb verb = nearestVerb(verbs, tokens, mention.from());
            if (verb == null) {
                continue;
            }
            Named previous = lastLinked.get(verb);
            boolean linked;
            if (previous != null) {
                linked = onlyFillers(tokens, previous.to(), mention.from());
            } else {
                // an instrument between the verb and this one is not its object, so neither is this one, further on
                boolean mentionBetween = m > 0 && mentions.get(m - 1).to() > verb.to();
                linked = !mentionBetween && gapAllows(tokens, verb, mention.from());
            }
            if (linked) {
                lastLinked.put(verb, mention);
                for (String code : mention.codes()) {
                    asks.putIfAbsent(code, new Ask(code, verb.action()));
                }
            }
        }
        return List.copyOf(asks.values());
    }

    /** The last ask before a mention, unless a sentence break stands between them. */
    private static AskVerbs.Verb nearestVerb(List<AskVerbs.Verb> verbs, TokenizedText tokens, int from) {
        AskVerbs.Verb nearest = null;
        for (AskVerbs.Verb verb : verbs) {
            if (verb.to() <= from) {
                nearest = verb;
            }
        }
        if (nearest == null) {
            return null;
        }
        for (int j = nearest.to(); j < from; j++) {
            if (AskVerbs.isBreak(tokens, j)) {
                return null;
            }
        }
        return nearest;
    }

    /**
     * Whether the words between an ask and the first instrument after it leave the instrument its object: a few
     * words, none that shows a reference instead ("in line with", "article 22 of"). Coordinated verbs share an object
     * further away ("Accede to and fully align its legislation with [the instrument]").
     */
    private static boolean gapAllows(TokenizedText tokens, AskVerbs.Verb verb, int from) {
        int start = verb.to();
        if (start < from && tokens.key(start).equals("to")) {
            start++;
        }
        boolean coordinated = start < from && tokens.key(start).equals("and");
        int words = 0;
        boolean blocked = false;
        for (int j = verb.to(); j < from; j++) {
            if (INTRODUCERS.contains(tokens.key(j))) {
                words = 0;
                blocked = false;
            } else if (!tokens.isPunctuation(j)) {
                words++;
                blocked |= BLOCKERS.contains(tokens.key(j));
            }
        }
        return coordinated ? words <= COORDINATED_GAP : !blocked && words <= GAP;
    }

    private static boolean onlyFillers(TokenizedText tokens, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!FILLERS.contains(tokens.key(j))) {
                return false;
            }
        }
        return true;
    }

    /** An instrument asked for, by code, and how. */
    record Ask(String code, String action) {
    }

    /** Instruments named by tokens [from, to). */
    private record Named(int from, int to, List<String> codes) {
    }
}
