package org.upright.ingest.generic;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind a statement's wording gives it, after the exchange format's rules: recommendation (recommends, urges,
 * encourages, requests, invites, calls upon, should, must), concern (is concerned, regrets, notes with concern),
 * welcome (welcomes, appreciates, notes with appreciation) or information (notes, reports, indicates, as a fact).
 *
 * <p>The first cue of a clause is its main verb. A reporting verb that only informs ("notes", "stated") gives way to
 * a normative complement ("stated that the State should ...": a recommendation). Nouns never count:
 * "recommendations", "concerns" and "requests" are not cues; "persons concerned" is not a concern.
 *
 * <p>This is the narrow part of the compilation extractor's verb lexicon that concluding observations and
 * summaries need; it stands in for that lexicon while the lexicon is package-private.
 */
public final class StatementKinds {
    public static final String CONCERN = "concern";
    public static final String WELCOME = "welcome";
    public static final String RECOMMENDATION = "recommendation";
    public static final String INFORMATION = "information";

    /** A cue found in a clause: where it stands, the kind it gives, and whether it only reports. */
    public record Cue(int start, int end, String kind, boolean neutral) {
    }

    private record Rule(String regex, String kind, boolean neutral) {
    }

    private static final String ADVERBS = "(?:(?:also|further|deeply|seriously|particularly|gravely|still|equally|"
            + "however|moreover|nevertheless|greatly|very|extremely|remains|remained|is|are|was|were|be|been),?\\s+)";

    /** Phrases come before the single words they begin with, so that the longer cue wins at the same place. */
    private static final List<Rule> RULES = List.of(
            rule("not(?:es|ed|ing) with (?:\\w+ )?(?:concern|regret|alarm|disquiet)", StatementKinds.CONCERN),
            rule("not(?:es|ed|ing) with (?:\\w+ )?(?:appreciation|satisfaction|interest)", StatementKinds.WELCOME),
            rule("(?:takes|took|taking) note with (?:\\w+ )?(?:appreciation|satisfaction)", StatementKinds.WELCOME),
            rule("(?:express(?:es|ed|ing)?|reiterat(?:es|ed|ing)|rais(?:es|ed|ing)|voic(?:es|ed|ing)|shar(?:es|ed|ing))"
                    + " (?:its |their |his |her |the |some |serious |deep |grave |particular |continuing |further )*"
                    + "(?:concerns?|regret|alarm)", StatementKinds.CONCERN),
            rule("(?:express(?:es|ed|ing)?) (?:its |their |his |her )?(?:appreciation|satisfaction|gratitude)",
                    StatementKinds.WELCOME),
            rule("(?:has|had|have) (?:\\w+ )?concerns?", StatementKinds.CONCERN),
            rule("(?:is|are|was|were) encouraged by", StatementKinds.WELCOME),
            rule("(?:stress(?:es|ed|ing)|emphasi[sz](?:es|ed|ing)|underlin(?:es|ed|ing)|underscor(?:es|ed|ing)"
                    + "|highlight(?:s|ed|ing)|recall(?:s|ed|ing)|reiterat(?:es|ed|ing)) the (?:need|importance|"
                    + "necessity|urgency)", StatementKinds.RECOMMENDATION),
            rule("reiterat(?:es|ed|ing) (?:its |their |his |her )?(?:previous |earlier )?(?:recommendations?|calls?)",
                    StatementKinds.RECOMMENDATION),
            rule("draw(?:s|ing)? (?:the )?(?:\\S+ ){0,3}?attention", StatementKinds.RECOMMENDATION),
            rule("remind(?:s|ed|ing)? the", StatementKinds.RECOMMENDATION),
            rule(ADVERBS + "*concerned\\b", StatementKinds.CONCERN),
            rule("concerned (?:about|at|that|by|over|with|to)", StatementKinds.CONCERN),
            rule("(?:matter|source|subject|cause|area)s? of (?:\\w+ )?concern", StatementKinds.CONCERN),
            rule("regret(?:s|ted|ting)?|deplor(?:es|ed|ing)|alarmed|disturbed|troubled|dismayed", StatementKinds.CONCERN),
            rule("welcom(?:es|ed|ing)|appreciat(?:es|ed|ing)|commend(?:s|ed|ing)?|prais(?:es|ed|ing)"
                    + "|congratulat(?:es|ed|ing)|thank(?:s|ed)|salut(?:es|ed)", StatementKinds.WELCOME),
            // "had been requested by the Court" reports a past request; "is requested to" makes one
            rule("(?<!been )(?:recommend(?:s|ed|ing)?|urg(?:es|ed|ing)|encourag(?:es|ed|ing)|invit(?:es|ed|ing)"
                    + "|request(?:ed|ing)|requests(?=\\s+(?:the|that|a|an|its|their|his|her|information)\\b)"
                    + "|call(?:s|ed|ing)? (?:up)?on|call(?:s|ed|ing)? for|appeal(?:s|ed)? to"
                    + "|suggest(?:s|ed)|advis(?:es|ed)|exhort(?:s|ed))|should|must|needs? to|ought to",
                    StatementKinds.RECOMMENDATION),
            neutral("noted|noting|takes note|took note|taking note|acknowledged|acknowledging|observed|observing|recogni[sz]ed"
                    + "|recogni[sz]ing|reported|stated|indicated|informed|explained|said|highlighted|underlined"
                    + "|underscored|emphasi[sz]ed|stressed|found|concluded|considered|referred|pointed out|added"
                    + "|mentioned|recalled|cited|described|estimated|maintained|asserted|argued|claimed|confirmed"
                    + "|affirmed|submitted|expressed|believed"),
            // present forms are also plural nouns ("reports of torture", "the States", "notes"): only before a complement
            neutral("(?:notes|acknowledges|observes|recogni[sz]es|reports|states|indicates|informs|explains"
                    + "|says|highlights|underlines|underscores|emphasi[sz]es|stresses|finds|concludes|considers|refers"
                    + "|points out|adds|mentions|recalls|cites|describes|estimates|maintains|asserts|argues|claims"
                    + "|confirms|affirms|submits|expresses|believes)(?=,?\\s+(?:that|the|with|a|an|its|their|his|her|"
                    + "however|also)\\b)"));

    private static final Pattern NORMATIVE = Pattern.compile("(?i)\\b(?:should|must|needs? to|ought to|has to|have to)\\b");
    private static final Pattern CONCERN_PHRASE = Pattern.compile(
            "(?i)\\b(?:matter|source|subject|cause|area)s? of (?:\\w+ )?concern\\b");

    private StatementKinds() {
    }

    private static Rule rule(String regex, String kind) {
        return new Rule("(?i:\\b(?:" + regex + ")\\b)", kind, false);
    }

    /** Reporting verbs are matched in lower case: a capitalised "States" or "Reports" is a noun. */
    private static Rule neutral(String regex) {
        return new Rule("(?-i:\\b(?:" + regex + ")\\b)", INFORMATION, true);
    }

    /**
     * Every rule in one alternation, group i+1 for rule i, so that a clause is scanned once: at the leftmost place
     * where any rule matches, the rules are tried in their order, phrases before the words they begin with.
     */
    private static final Pattern ANY = Pattern.compile(
            String.join("|", RULES.stream().map(r -> "(" + r.regex() + ")").toList()));

    /**
     * For each three-letter word start ("rec", "not"), whether any rule can match a word that begins so: found once by
     * asking the alternation itself (a probe that matches or runs out of input may start a cue), it lets the scan
     * skip most words without running the alternation.
     */
    private static final boolean[] MAY_START = new boolean[26 * 26 * 26];

    static {
        if (ANY.matcher("").groupCount() != RULES.size()) {
            throw new IllegalStateException("a rule must not capture groups of its own");
        }
        char[] probe = new char[3];
        for (int i = 0; i < MAY_START.length; i++) {
            probe[0] = (char) ('a' + i / (26 * 26));
            probe[1] = (char) ('a' + (i / 26) % 26);
            probe[2] = (char) ('a' + i % 26);
            Matcher m = ANY.matcher(new String(probe));
            MAY_START[i] = m.lookingAt() || m.hitEnd();
        }
    }

    /** Whether a cue may start with the word at {@code at}; words not of three ASCII letters are always tried. */
    private static boolean mayStart(String text, int at) {
        if (at + 3 > text.length()) {
            return true;
        }
        int index = 0;
        for (int k = 0; k < 3; k++) {
            char c = Character.toLowerCase(text.charAt(at + k));
            if (c < 'a' || c > 'z') {
                return true;
            }
            index = index * 26 + (c - 'a');
        }
        return MAY_START[index];
    }

    /** The first cue of the clause; where several start at the same word, the first rule (the longer phrase). */
    public static Optional<Cue> firstCue(String clause) {
        return firstCueBefore(clause, clause.length());
    }

    /** The first cue that starts before {@code limit}: a clause's verb must come early to count as its own. */
    public static Optional<Cue> firstCueBefore(String clause, int limit) {
        Matcher m = ANY.matcher(clause).useTransparentBounds(true);
        int n = clause.length();
        for (int at = 0; at < Math.min(n, limit); at++) {
            // Cues begin words: try the alternation once a word, not at every character.
            if (!Character.isLetter(clause.charAt(at)) || (at > 0 && Character.isLetter(clause.charAt(at - 1)))
                    || !mayStart(clause, at)) {
                continue;
            }
            m.region(at, n);
            if (m.lookingAt()) {
                for (int i = 0; i < RULES.size(); i++) {
                    if (m.group(i + 1) != null) {
                        return Optional.of(new Cue(m.start(), m.end(), RULES.get(i).kind(), RULES.get(i).neutral()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The kind the clause's wording gives it, or empty when it has no cue at all. */
    public static Optional<String> of(String clause) {
        Optional<Cue> cue = firstCue(clause);
        if (cue.isEmpty()) {
            return Optional.empty();
        }
        if (!cue.get().neutral()) {
            return Optional.of(cue.get().kind());
        }
        String complement = clause.substring(cue.get().end());
        if (NORMATIVE.matcher(complement).find()) {
            return Optional.of(RECOMMENDATION);
        }
        if (CONCERN_PHRASE.matcher(complement).find()) {
            return Optional.of(CONCERN);
        }
        return Optional.of(INFORMATION);
    }
}
