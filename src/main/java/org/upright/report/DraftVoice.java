package org.upright.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.reference.Mechanism;
import org.upright.reference.MechanismType;
import org.upright.reference.Mechanisms;

/**
 * A statement in the compilation's voice: "In 2013, the Committee against Torture recommended that Paraguay ...".
 * The statement's own wording is kept; only the speaker (named in full), "the State party" (the State's name) and the
 * reporting verb (present to past) change. A compilation's statement is already in that voice and stays as it is.
 */
final class DraftVoice {
    /** Reporting verbs in the present, longest first where one starts another, and their past. */
    private static final Map<String, String> PAST = Map.ofEntries(
            Map.entry("recommends", "recommended"), Map.entry("urges", "urged"),
            Map.entry("strongly urges", "strongly urged"), Map.entry("calls upon", "called upon"),
            Map.entry("calls on", "called on"), Map.entry("encourages", "encouraged"),
            Map.entry("requests", "requested"), Map.entry("invites", "invited"),
            Map.entry("reiterates", "reiterated"), Map.entry("is concerned", "was concerned"),
            Map.entry("is deeply concerned", "was deeply concerned"),
            Map.entry("is seriously concerned", "was seriously concerned"),
            Map.entry("is gravely concerned", "was gravely concerned"),
            Map.entry("remains concerned", "remained concerned"), Map.entry("regrets", "regretted"),
            Map.entry("notes with concern", "noted with concern"), Map.entry("expresses concern", "expressed concern"),
            Map.entry("expresses its concern", "expressed its concern"), Map.entry("is alarmed", "was alarmed"),
            Map.entry("deplores", "deplored"), Map.entry("draws the attention of", "drew the attention of"), Map.entry("notes", "noted"), Map.entry("observes", "observed"));
    private static final String VERBS = PAST.keySet().stream().sorted((a, b) -> b.length() - a.length())
            .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
    private static final String ACTOR = "(?:the (?:Committee|Subcommittee|Special Rapporteur|Independent Expert"
            + "|Working Group|Rapporteur|Expert|High Commissioner)|it|he|she)";
    private static final Pattern REPORTED = Pattern.compile("^(?:(?<lead>(?:while|although|despite|notwithstanding)"
            + " [^,]+), )?" + ACTOR + "(?<also> also| further| again)?(?: \\w+ly)? (?<verb>" + VERBS + ")\\b(?<rest>.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SHOULD = Pattern.compile("^(?<who>the State party|the Government|the State|it)"
            + " should(?: also| further)?,? (?<rest>.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern PASSIVE = Pattern.compile("^(?<who>the State party|the Government) is (?:also )?"
            + "(?<verb>invited|requested|encouraged|urged|called upon) to (?<rest>.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** A clause cut from its subject at "but" or "and" ("but regrets that ..."): the reporting verb follows. */
    private static final Pattern BARE_VERB = Pattern.compile("^(?:but|and|yet)(?: also)? (?=(?:" + VERBS + ")\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATE_PARTY = Pattern.compile("\\b[Tt]he State party(?:’s|'s)?");
    private static final Pattern PRONOUN = Pattern.compile("^(?:It|He|She|They) (?=\\w)");
    private static final Pattern CLAUSE = Pattern.compile("^(?:and|also|but) (?=[a-z])(?!the )");
    /** A conjunction before a clause's own subject ("and the Special Rapporteur recommended"): dropped. */
    private static final Pattern CONJUNCTION = Pattern.compile("^(?:and|but|however,) (?=the |[A-Z])");
    /** A clause that starts with its verb, its subject left in the sentence before ("Requested that ..."). */
    private static final Pattern VERB_FIRST = Pattern.compile("^(?:[A-Za-z]+ed|was|were)\\b");
    /** A subject the year can stand before: a mechanism named with "The" or an acronym ("CAT", "UNICEF"). */
    private static final Pattern MECHANISM_FIRST = Pattern.compile("^(?:The (?:Committee|Special|Independent|High|"
            + "Working|United|Office|Subcommittee)|[A-Z]{2,}\\b)");
    private static final Pattern YEAR_EARLY = Pattern.compile("^.{0,60}\\b(?:19|20)\\d{2}\\b", Pattern.DOTALL);
    private static final Pattern ITEM = Pattern.compile("^\\(\\w{1,4}\\)\\s*");
    private static final Pattern END = Pattern.compile("[\\s;,:.]*(?:;\\s*and|;\\s*or)?[\\s;,:.]*$");

    private final String state;
    private final Mechanisms mechanisms;

    DraftVoice(String state, Mechanisms mechanisms) {
        this.state = state;
        this.mechanisms = mechanisms;
    }

    /** Whether a speaker is a treaty body, special procedure, UN agency or OHCHR (not the State, not civil society). */
    boolean isMechanism(String code) {
        return mechanisms.byCode(code).map(m -> m.type() != MechanismType.OTHER).orElse(code != null
                && code.matches("(?:SR|IE|WG)-.+"));
    }

    /** "the Committee against Torture and the Human Rights Committee": the mechanisms among the speakers. */
    String subject(List<String> speakers) {
        List<String> names = new ArrayList<>();
        for (String code : speakers) {
            if (isMechanism(code)) {
                String name = mechanisms.byCode(code).map(Mechanism::name).orElse(code);
                names.add(name.startsWith("the ") ? name : "the " + name);
            }
        }
        if (names.isEmpty()) {
            return "the mechanism";
        }
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /** A compilation's statement: kept, with its speaker named where a pronoun or a bare clause stood. */
    String compiled(String text, List<String> speakers, Integer year) {
        String t = CONJUNCTION.matcher(text.strip()).replaceFirst("");
        Matcher pronoun = PRONOUN.matcher(t);
        Matcher clause = CLAUSE.matcher(t);
        if (pronoun.find()) {
            t = subject(speakers) + " " + t.substring(pronoun.end());
        } else if (clause.find()) {
            t = subject(speakers) + " " + t.substring(clause.end());
        } else if (VERB_FIRST.matcher(t).find()) {
            t = subject(speakers) + " " + lowerFirst(t);
        }
        t = upperFirst(t);
        if (year != null && !YEAR_EARLY.matcher(t).find() && MECHANISM_FIRST.matcher(t).find()) {
            // only "The ..." loses its capital: a name ("Kazakhstan", "UNICEF") keeps it
            t = "In " + year + ", " + (t.startsWith("The ") ? lowerFirst(t) : t);
        }
        return sentence(upperFirst(t));
    }

    /** A statement of concluding observations or of a report, in the compilation's voice. */
    String reported(String text, List<String> speakers, Integer year, String kind) {
        String t = BARE_VERB.matcher(text.strip()).replaceFirst("The Committee ");
        String opening = (year == null ? "" : "In " + year + ", ") + subject(speakers);
        Matcher reported = REPORTED.matcher(t);
        Matcher should = SHOULD.matcher(t);
        Matcher passive = PASSIVE.matcher(t);
        String body;
        if (reported.matches()) {
            String verb = PAST.get(reported.group("verb").toLowerCase(Locale.ROOT));
            String lead = reported.group("lead") == null ? "" : ", " + lowerFirst(reported.group("lead")) + ",";
            String also = reported.group("also") == null ? "" : reported.group("also");
            body = opening + lead + also + " " + verb + reported.group("rest");
        } else if (should.matches()) {
            String who = should.group("who").toLowerCase(Locale.ROOT).startsWith("the government") ? "the Government"
                    : "the State party";
            body = opening + " recommended that " + who + " " + should.group("rest");
        } else if (passive.matches()) {
            body = opening + " " + passive.group("verb").toLowerCase(Locale.ROOT) + " " + passive.group("who") + " to "
                    + passive.group("rest");
        } else {
            body = opening + ("concern".equals(kind) ? " expressed concern: " : " recommended: ")
                    + "\u201C" + t.replaceAll("[\\s.]+$", "") + "\u201D";
        }
        return sentence(upperFirst(STATE_PARTY.matcher(body).replaceAll(m -> m.group().endsWith("s")
                ? Matcher.quoteReplacement(state + "\u2019s") : Matcher.quoteReplacement(state))));
    }

    /** A lettered item joined to its lead-in ("The State party should:" + "(a) Bring ..."), as one statement. */
    static String joinItem(String leadIn, String item) {
        String lead = leadIn.strip().replaceAll("[\\s:]+$", "");
        String rest = ITEM.matcher(item.strip()).replaceFirst("");
        return lead + " " + lowerFirst(rest);
    }

    static boolean isItem(String text) {
        return ITEM.matcher(text.strip()).find();
    }

    static boolean isLeadIn(String text) {
        return text.strip().endsWith(":");
    }

    /** One sentence: an item's "; and" or trailing colon becomes a full stop. */
    private static String sentence(String text) {
        String t = END.matcher(text).replaceFirst("");
        return t.endsWith("\u201D") || t.endsWith("?") || t.endsWith("!") ? t + (t.endsWith("\u201D") ? "." : "")
                : t + ".";
    }

    private static String lowerFirst(String text) {
        if (text.isEmpty() || text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text; // an acronym ("CAT recommended") keeps its capitals
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
