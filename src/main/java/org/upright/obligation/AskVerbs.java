package org.upright.obligation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.upright.reference.TokenizedText;

/**
 * Finds the words of a text that ask a State to join an instrument ("ratify", "accede to", "sign", "become a party
 * to", "the ratification of"), each with the {@link RatifyRecommendation} action it asks for, and the sentence breaks
 * an ask does not reach across.
 */
final class AskVerbs {
    private static final Set<String> RATIFY_WORDS = Set.of("ratify", "ratifying", "ratifies", "ratification",
            "ratifications");
    private static final Set<String> ACCEDE_WORDS = Set.of("accede", "acceding", "accedes", "accession", "adhere",
            "adhering", "adherence", "join", "joining");
    private static final Set<String> SIGN_WORDS = Set.of("sign", "signing", "signature");
    private static final Set<String> BECOME_WORDS = Set.of("become", "becoming", "becomes");
    /** Nouns that name a past act after these words ("reservations made upon ratification of CEDAW"). */
    private static final Set<String> NOT_AN_ASK_BEFORE_NOUN = Set.of("upon", "on", "at", "since", "after",
            "following", "during", "date", "dates", "a");
    private static final Set<String> NOUNS = Set.of("ratification", "ratifications", "accession", "adherence",
            "signature");
    private static final Set<String> CONSIDER_WORDS = Set.of("consider", "considering", "considers", "study",
            "studying", "examine", "examining", "explore", "exploring", "envisage", "envisaging", "contemplate");
    /** Words after which a dot does not end a sentence ("No. 189", "art. 22"). */
    private static final Set<String> ABBREVIATED = Set.of("no", "nos", "art", "arts", "para", "paras", "op", "e", "i");
    private static final int CONSIDER_LOOKBACK = 6;

    private AskVerbs() {
    }

    /** Every ask in the text, left to right. */
    static List<Verb> find(TokenizedText tokens) {
        List<Verb> verbs = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            String key = tokens.key(k);
            String action = null;
            int to = k + 1;
            if (RATIFY_WORDS.contains(key)) {
                action = RatifyRecommendation.RATIFY;
            } else if (ACCEDE_WORDS.contains(key)) {
                action = RatifyRecommendation.ACCEDE;
            } else if (SIGN_WORDS.contains(key)) {
                // "sign language" asks for nothing, nor do "signing of" and "signature of"
                String next = k + 1 < tokens.size() ? tokens.key(k + 1) : "";
                action = next.startsWith("language") || next.equals("of") ? null : RatifyRecommendation.SIGN;
            } else if (BECOME_WORDS.contains(key)) {
                for (int j = k + 1; j < Math.min(tokens.size(), k + 4); j++) {
                    if (tokens.key(j).equals("party") || tokens.key(j).equals("parties")) {
                        action = RatifyRecommendation.ACCEDE;
                        to = j + 1;
                        break;
                    }
                }
            }
            boolean pastAct = NOUNS.contains(key) && k > 0 && NOT_AN_ASK_BEFORE_NOUN.contains(tokens.key(k - 1));
            if (action == null || pastAct) {
                continue;
            }
            if (considered(tokens, k)) {
                action = RatifyRecommendation.CONSIDER;
            }
            verbs.add(new Verb(k, to, action));
            k = to - 1;
        }
        return verbs;
    }

    /**
     * Whether token {@code j} ends a sentence or clause: a semicolon, colon, question or exclamation mark, or a dot
     * that neither follows an abbreviation ("No. 189") nor precedes a number ("ICCPR-OP 2.12", a footnote).
     */
    static boolean isBreak(TokenizedText tokens, int j) {
        String key = tokens.key(j);
        if (key.equals(";") || key.equals(":") || key.equals("?") || key.equals("!")) {
            return true;
        }
        if (!key.equals(".")) {
            return false;
        }
        boolean abbreviation = j > 0 && ABBREVIATED.contains(tokens.key(j - 1));
        boolean numberNext = j + 1 < tokens.size() && tokens.isNumber(j + 1);
        return !abbreviation && !numberNext;
    }

    /** Whether "consider" (or "study the possibility of") governs the ask at token k. */
    private static boolean considered(TokenizedText tokens, int k) {
        for (int j = k - 1; j >= Math.max(0, k - CONSIDER_LOOKBACK); j--) {
            // "To consider ratifying (State A)/ratify (State B)": the second ask stands alone
            if (isBreak(tokens, j) || tokens.key(j).equals(")")) {
                return false;
            }
            if (CONSIDER_WORDS.contains(tokens.key(j))) {
                return true;
            }
        }
        return false;
    }

    /** An ask over tokens [from, to) ("become a party" is three tokens) and the action it asks for. */
    record Verb(int from, int to, String action) {
    }
}
