package org.upright.ingest.compilation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verbs with which UN documents report what a mechanism said, and the kind each gives a statement:
 * concern (concerned, regretted), welcome (welcomed, noted with appreciation), recommendation (recommended, urged,
 * encouraged, requested, should, must) or information (noted, reported, indicated, highlighted, stated).
 */
final class Lexicon {
    static final String CONCERN = "concern";
    static final String WELCOME = "welcome";
    static final String RECOMMENDATION = "recommendation";
    static final String INFORMATION = "information";

    /** A clause's main verb: where it stands, the kind it gives and whether it is passive ("was urged by"). */
    record Predicate(int start, int end, String kind, boolean neutral, boolean passive, boolean modal) {
    }

    private record Cue(Pattern pattern, String kind, boolean passive) {
    }

    private static final String ADVERB = "(?:(?:also|further|furthermore|again|still|particularly|deeply|gravely|"
            + "seriously|very much|strongly|equally|therefore|inter alia|in particular),?\\s+)*";
    private static final String BE = "(?:was|were|is|are|has been|have been|had been|remained|remains|remain|"
            + "continued to be|continues to be|became)\\s+" + ADVERB;

    /** Multi-word cues first: their first word would otherwise be read alone ("noted" in "noted with concern"). */
    private static final List<Cue> PHRASES = List.of(
            cue("noted with (?:particular |deep |grave |serious |great )?(?:concern|alarm|regret)", CONCERN),
            cue("noted with (?:great |particular |deep )?(?:appreciation|satisfaction|interest)", WELCOME),
            cue("(?:expressed|raised|voiced|indicated|reiterated) (?:its |his |her |their )?(?:continuing |serious |"
                    + "deep |grave |particular |great |some |further )?(?:concerns?|alarm|regret)", CONCERN),
            passiveCue("concerns? (?:were|was|had been|have been) (?:raised|expressed|voiced)", CONCERN),
            cue("(?:expressed|noted) (?:its |his |her |their )?(?:appreciation|satisfaction|gratitude)", WELCOME),
            cue("(?:expressed|voiced) (?:the |its |his |her |their )?hope", RECOMMENDATION),
            cue("(?:emphasized|emphasised|stressed|underlined|underscored|highlighted|reiterated|recalled) the "
                    + "(?:need|importance|necessity|urgency)", RECOMMENDATION),
            passiveCue("(?:similar |further |several |specific )?recommendations (?:were|had been|have been) "
                    + "(?:made|addressed|issued)", RECOMMENDATION),
            cue("made (?:similar |a |several |specific )?recommendations?", RECOMMENDATION),
            cue("called (?:up)?on|called for|calls (?:up)?on", RECOMMENDATION),
            cue("would (?:greatly |also |further )?(?:enhance|benefit|help|improve|contribute)", RECOMMENDATION),
            cue("could (?:serve|usefully|be used|consider)", RECOMMENDATION),
            cue("needs? to be|needs? to|has to be|have to be", RECOMMENDATION),
            cue("(?:was|were|is|are|remain|remains|remained) (?:an? )?(?:areas?|matters?|issues?|sources?|causes?|"
                    + "subjects?) of (?:serious |particular |grave |great |deep )?concern", CONCERN));

    /** All phrase cues in one alternation, so that each word costs one match attempt; group i+1 is cue i. */
    private static final Pattern ANY_PHRASE = Pattern.compile("(?i)\\G(?:" + String.join("|",
            PHRASES.stream().map(c -> "(" + c.pattern.pattern().substring("(?i)\\G".length()) + ")").toList())
            + ")");
    private static final Pattern BE_PARTICIPLE = Pattern.compile("(?i)\\b" + BE + "([a-z]+)\\b");
    private static final Set<String> CONCERN_VERBS = Set.of("concerned", "regretted", "deplored", "alarmed",
            "worried", "lamented", "troubled", "disturbed", "regrets", "regretting", "deploring");
    private static final Set<String> WELCOME_VERBS = Set.of("welcomed", "welcoming", "welcomes", "appreciated",
            "appreciating", "appreciates", "commended", "commending", "praised", "praising", "thanked", "applauded",
            "lauded", "congratulated");
    private static final Set<String> RECOMMENDATION_VERBS = Set.of("recommended", "recommending", "recommends",
            "urged", "urging", "urges", "encouraged", "encouraging", "encourages", "requested", "requesting",
            "requests", "invited", "inviting", "invites", "asked", "suggested", "advised", "cautioned", "appealed",
            "proposed", "emphasized", "emphasised", "stressed", "underlined", "underscored", "reiterated", "should",
            "must", "exhorted", "insisted", "demanded");
    private static final Set<String> NEUTRAL_VERBS = Set.of("noted", "noting", "notes", "observed", "observing",
            "highlighted", "highlighting", "indicated", "indicating", "reported", "reporting", "stated", "stating",
            "pointed", "referred", "submitted", "concluded", "found", "added", "said", "informed", "mentioned",
            "recalled", "identified", "heard", "received", "expressed", "explained", "considered", "recognized",
            "recognizing", "recognised", "acknowledged", "acknowledging", "affirmed", "confirmed", "declared",
            "described", "documented", "drew", "emphasizing", "estimated", "expressing", "sent",
            "provided", "transmitted", "addressed", "raised", "conducted", "visited", "issued", "published",
            "contributed", "commissioned", "organized", "held", "undertook", "worked", "supported", "assisted",
            "remarked", "underlining", "signalled", "signaled", "warned", "shared");
    private static final Set<String> MODALS = Set.of("could", "would", "should", "must", "may", "might", "can",
            "will", "shall");
    private static final Set<String> NORMATIVE_MODALS = Set.of("should", "must");
    /** Participles that describe a noun more often than they report: not taken for a clause's verb. */
    private static final Set<String> ADJECTIVES = Set.of("based", "related", "united", "detailed", "limited",
            "advanced", "armed", "qualified", "skilled", "unaccompanied", "displaced", "disabled", "married",
            "specialized", "sustained", "targeted", "organized", "isolated", "unrecorded", "enforced", "forced",
            "involved", "alleged", "so-called", "registered", "existing", "planned", "recognized", "concerned",
            "affected", "infected", "deprived", "selected", "combined", "revised", "amended", "proposed", "envisioned",
            "increased", "reduced", "estimated", "expected", "required", "reported");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z’'-]*");
    private static final Pattern NORMATIVE = Pattern.compile(
            "(?i)\\b(?:should|must|needs? to|has to|have to|ought to)\\b");
    private static final Pattern CONCERN_PREDICATE = Pattern.compile(
            "(?i)\\b(?:was|were|is|are|remain|remains|remained) (?:an? )?(?:areas?|matters?|issues?|sources?|causes?|"
            + "subjects?) of (?:serious |particular |grave |great |deep )?concern\\b");

    static {
        if (ANY_PHRASE.matcher("").groupCount() != PHRASES.size()) {
            throw new IllegalStateException("a phrase cue must not capture groups of its own");
        }
    }

    private Lexicon() {
    }

    private static Cue cue(String regex, String kind) {
        return new Cue(Pattern.compile("(?i)\\G" + regex + "\\b"), kind, false);
    }

    /** A cue whose speaker follows as the passive agent ("Similar recommendations were made by CAT"). */
    private static Cue passiveCue(String regex, String kind) {
        return new Cue(Pattern.compile("(?i)\\G" + regex + "\\b"), kind, true);
    }

    /** The kind a single verb gives, or null for a verb that only reports. */
    static String kindOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (CONCERN_VERBS.contains(w)) {
            return CONCERN;
        }
        if (WELCOME_VERBS.contains(w)) {
            return WELCOME;
        }
        if (RECOMMENDATION_VERBS.contains(w)) {
            return RECOMMENDATION;
        }
        return null;
    }

    /** Verbs with which a speaker says something, as opposed to doing something (visited, commissioned, held). */
    private static final Set<String> SPEECH_VERBS = Set.of("noted", "observed", "highlighted", "indicated",
            "reported", "stated", "pointed", "referred", "added", "said", "expressed", "recalled", "acknowledged",
            "concluded", "found", "recognized", "recognised", "emphasized", "emphasised", "stressed", "underlined",
            "informed", "mentioned", "explained", "considered", "affirmed", "confirmed", "declared", "warned",
            "remarked", "submitted");

    /** Whether a word is a verb of saying: a kind verb (urged, welcomed, regretted) or a neutral one (noted). */
    static boolean isSpeechVerb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return (kindOf(w) != null && !w.endsWith("ing") && !MODALS.contains(w)) || SPEECH_VERBS.contains(w);
    }

    /** Whether a word is a reporting or kind verb of the lexicon (not a generic past form). */
    static boolean isReportingVerb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return kindOf(w) != null || NEUTRAL_VERBS.contains(w);
    }

    /** The main verb if the text begins with one ("was concerned", "recommended"), else empty. */
    static Optional<Predicate> predicateAtStart(String text) {
        return predicate(text, 0, true);
    }

    /** The first main verb of a clause at or after {@code from}, skipping words in parentheses. */
    static Optional<Predicate> predicate(String clause, int from) {
        return predicate(clause, from, false);
    }

    private static Optional<Predicate> predicate(String clause, int from, boolean firstWordOnly) {
        Matcher words = WORD.matcher(clause);
        Matcher phrases = ANY_PHRASE.matcher(clause);
        Matcher passive = BE_PARTICIPLE.matcher(clause);
        int depth = 0;
        int scanned = from;
        while (words.find(scanned)) {
            int start = words.start();
            depth += parenthesisBalance(clause, scanned, start);
            scanned = words.end();
            if (depth > 0) {
                continue;
            }
            String word = words.group();
            String lower = word.toLowerCase(Locale.ROOT);
            Cue cue = phraseAt(phrases, start, clause.length());
            if (cue != null) {
                return Optional.of(new Predicate(start, phrases.end(), cue.kind, false, cue.passive, false));
            }
            passive.region(start, clause.length());
            if (passive.lookingAt()) {
                String participle = passive.group(1).toLowerCase(Locale.ROOT);
                if (isReportingVerb(participle) || (participle.endsWith("ed") && participle.length() > 4)) {
                    String kind = kindOf(participle);
                    return Optional.of(new Predicate(start, passive.end(), kind == null ? INFORMATION : kind,
                            kind == null, !participle.equals("concerned"), false));
                }
            }
            if (MODALS.contains(lower) && Character.isLowerCase(word.charAt(0))) {
                boolean normative = NORMATIVE_MODALS.contains(lower);
                return Optional.of(new Predicate(start, words.end(), normative ? RECOMMENDATION : INFORMATION,
                        !normative, false, true));
            }
            if (Character.isLowerCase(word.charAt(0)) || start == from) {
                String kind = kindOf(lower);
                if (kind != null && !lower.endsWith("ing")) {
                    return Optional.of(new Predicate(start, words.end(), kind, false, false, false));
                }
                if ((NEUTRAL_VERBS.contains(lower) && !lower.endsWith("ing"))
                        || (lower.endsWith("ed") && lower.length() > 4 && !ADJECTIVES.contains(lower))) {
                    return Optional.of(new Predicate(start, words.end(), INFORMATION, true, false, false));
                }
            }
            if (firstWordOnly) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The phrase cue that starts at a position, the matcher left on it; null if none. */
    private static Cue phraseAt(Matcher phrases, int start, int length) {
        phrases.region(start, length);
        if (!phrases.lookingAt()) {
            return null;
        }
        for (int i = 0; i < PHRASES.size(); i++) {
            if (phrases.group(i + 1) != null) {
                return PHRASES.get(i);
            }
        }
        return null;
    }

    private static int parenthesisBalance(String text, int from, int to) {
        int balance = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                balance++;
            } else if (c == ')') {
                balance--;
            }
        }
        return balance;
    }

    /** The first cue of any kind anywhere in a text, for clauses without a main verb. */
    static Optional<String> firstCue(String text) {
        Matcher words = WORD.matcher(text);
        Matcher phrases = ANY_PHRASE.matcher(text);
        while (words.find()) {
            Cue cue = phraseAt(phrases, words.start(), text.length());
            if (cue != null) {
                return Optional.of(cue.kind);
            }
            String kind = kindOf(words.group());
            if (kind != null) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Whether a reporting verb's complement itself carries the kind: "that ... should", "are areas of concern". */
    static Optional<String> complementKind(String complement) {
        if (CONCERN_PREDICATE.matcher(complement).find()) {
            return Optional.of(CONCERN);
        }
        if (NORMATIVE.matcher(complement).find()) {
            return Optional.of(RECOMMENDATION);
        }
        return Optional.empty();
    }

    /** The kind of a "while ..." clause from its gerund: noting informs, welcoming and appreciating welcome. */
    static String gerundKind(String clause) {
        Optional<String> cue = firstCue(clause);
        return cue.orElse(INFORMATION);
    }
}
