package org.upright.ingest.compilation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.ingest.compilation.ClauseSplitter.Clause;
import org.upright.ingest.compilation.Mentions.Kind;
import org.upright.ingest.compilation.Mentions.Mention;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Statement;
import org.upright.ingest.text.FootnoteRef;
import org.upright.ingest.text.Layout;
import org.upright.ingest.text.RefText;
import org.upright.ingest.text.SentenceSpans;
import org.upright.reference.MechanismType;
import org.upright.reference.ReferenceData;

/**
 * Splits a compilation paragraph into statements and gives each its speakers (the subject or passive agent of its
 * main verb, back-references resolved from what came before), who relayed it, its kind, its year and its footnotes.
 */
final class StatementExtractor {
    private static final Pattern PRONOUN = Pattern.compile(
            "^(?:(?:However|Furthermore|Moreover|In addition|Also|Further|Similarly|Nevertheless|and|but),?\\s+)?"
            + "(It|it|He|he|She|she|They|they)\\s");
    private static final Pattern AS_AT = Pattern.compile("^As (?:at|of)\\s+(?:\\d{1,2}\\s+)?(?:[A-Z][a-z]+\\.?\\s+)?(?:19|20)\\d{2}");
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final Pattern YEAR_PHRASE = Pattern.compile(
            "\\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Aa]s (?:at|of))\\s+(?:(?:early|late|mid)[\\s-]+)?(?:\\d{1,2}\\s+)?(?:" + MONTH
            + "\\s+)?((?:19|20)\\d{2})\\b(?!\\s*(?:-|–|to|and)\\s*(?:19|20)?\\d{2})(?!-)"
            + "|\\b(?:his|her|its|their|the)\\s+((?:19|20)\\d{2})\\s+(?:visit|mission|report|session|review|dialogue|"
            + "concluding observations|communication|annual report)");
    private static final Pattern SENTENCE_YEAR = Pattern.compile(
            "^(?:[Ii]n|[Dd]uring)\\s+(?:" + MONTH + "\\s+)?((?:19|20)\\d{2})\\b(?!\\s*(?:-|–|to|and)\\s*\\d)");
    private static final Pattern GOVERNMENT = Pattern.compile("^(?:.*,\\s*)?[Tt]he Government\\s+(?:also\\s+)?$");
    private static final Pattern THAT = Pattern.compile("\\bthat\\b");
    private static final Pattern BY = Pattern.compile("^\\s*by:?\\s+");
    private static final Pattern RELAY = Pattern.compile("^\\s*,?\\s*(?:the fact\\s+)?that\\s+");
    private static final Pattern RELAYED_VERB = Pattern.compile("^\\s+(?:had|has|have)\\s+(?:also\\s+)?([a-z]+)");
    private static final Pattern LIST_JOIN = Pattern.compile("^(?:\\s*,\\s*|\\s+and\\s+|\\s*,\\s*and\\s+)(?:the\\s+)?");
    private static final Pattern INSTRUMENT_CONTEXT = Pattern.compile(
            "(?i)(?:ratif\\w*|accede|accession|sign\\w*|implementation of|party to|provisions of|under|to)\\s+"
            + "(?:[\\w-]+(?:\\s+\\d)?,?\\s+(?:and\\s+)?)*$");
    private static final Set<String> SPEECH_VERBS = Set.of("stated", "indicated", "informed", "reported", "explained",
            "noted", "said", "affirmed", "emphasized", "highlighted", "acknowledged", "responded", "replied",
            "declared", "confirmed", "submitted", "mentioned", "added", "pointed", "asserted", "maintained");

    /** Special procedures named as a whole ("reports of treaty bodies and special procedures") speak for no one. */
    private static final String COLLECTIVE = "special-procedures";

    private final Mentions mentions;

    StatementExtractor(ReferenceData reference) {
        this.mentions = new Mentions(reference);
    }

    /** What a document has said so far that later back-references point to ("the Committee" = the last one named). */
    static final class Context {
        private final Map<Kind, String> last = new HashMap<>();
        private final String country;
        private final Map<Integer, List<String>> noteSources;

        Context(String country, Map<Integer, List<String>> noteSources) {
            this.country = country;
            this.noteSources = noteSources;
        }
    }

    /** A context for one document: its State, and who the sources of its notes are (empty when it has none). */
    Context newContext(String country, Map<Integer, List<String>> noteSources) {
        return new Context(country, noteSources);
    }

    /** A clause while it is being read, before footnotes are assigned. */
    private static final class Draft {
        Clause clause;
        List<String> speakers = List.of();
        String reportedBy;
        Integer year;
        boolean introYear;
        String kind;
    }

    Paragraph paragraph(Layout.Paragraph paragraph, List<String> sectionPath, Context context) {
        RefText body = paragraph.text();
        String text = body.text();
        List<Mention> found = mentions.find(text);
        List<Draft> drafts = new ArrayList<>();
        Map<String, Integer> yearOf = new HashMap<>();
        for (int[] sentence : sentenceSpans(body)) {
            Matcher intro = SENTENCE_YEAR.matcher(text.substring(sentence[0], sentence[1]));
            Integer sentenceYear = intro.find() ? Integer.valueOf(intro.group(1)) : null;
            List<Clause> clauses = ClauseSplitter.split(text, sentence[0], sentence[1], found);
            List<Draft> inSentence = new ArrayList<>();
            for (Clause clause : clauses) {
                Draft d = read(text, clause, found, context, drafts, inSentence, citedBy(body, clause));
                inSentence.add(d);
            }
            // A "while ..." clause without a subject of its own speaks with its main clause.
            for (int i = 0; i < inSentence.size(); i++) {
                Draft d = inSentence.get(i);
                if (d.clause.whileClause() && d.speakers.isEmpty() && i + 1 < inSentence.size()) {
                    d.speakers = inSentence.get(i + 1).speakers;
                }
            }
            for (Draft d : inSentence) {
                assignYear(d, sentenceYear, yearOf);
                drafts.add(d);
            }
        }
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            statements.add(new Statement(text.substring(d.clause.start(), d.clause.end()), d.speakers, d.reportedBy,
                    d.year, d.kind, footnotes(body, drafts, i)));
        }
        return new Paragraph(paragraph.number(), sectionPath, null, text, body.numbers(), statements, paragraph.page());
    }

    private static List<int[]> sentenceSpans(RefText body) {
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        String text = body.text();
        for (RefText sentence : SentenceSpans.split(body)) {
            int start = text.indexOf(sentence.text(), from);
            spans.add(new int[] {start, start + sentence.text().length()});
            from = start + sentence.text().length();
        }
        return spans;
    }

    /** The notes a clause cites: those inside it, else the next one in the paragraph. */
    private static List<Integer> citedBy(RefText body, Clause clause) {
        List<Integer> inside = body.numbersIn(clause.start(), clause.end());
        if (!inside.isEmpty()) {
            return inside;
        }
        for (FootnoteRef ref : body.refs()) {
            if (ref.offset() > clause.end()) {
                return List.of(ref.number());
            }
        }
        return List.of();
    }

    private Draft read(String text, Clause clause, List<Mention> all, Context context, List<Draft> before,
                       List<Draft> inSentence, List<Integer> cited) {
        Draft d = new Draft();
        d.clause = clause;
        String own = text.substring(clause.start(), clause.end());
        List<Mention> inside = new ArrayList<>();
        for (Mention m : all) {
            if (m.start() >= clause.start() && m.end() <= clause.end()) {
                inside.add(new Mention(m.start() - clause.start(), m.end() - clause.start(), m.codes(), m.kind(),
                        m.type(), m.ambiguous()));
            }
        }
        Optional<Lexicon.Predicate> predicate = clause.whileClause() ? Optional.empty() : Lexicon.predicate(own, 0);
        List<String> speakers = new ArrayList<>();
        if (clause.whileClause()) {
            int whileAt = own.toLowerCase(java.util.Locale.ROOT).indexOf("while");
            subjects(inside, 0, whileAt, null, own, context, speakers);
            d.kind = Lexicon.gerundKind(own.substring(whileAt));
        } else if (predicate.isPresent()) {
            Lexicon.Predicate p = predicate.get();
            String verb = own.substring(p.start(), p.end());
            if (p.passive()) {
                agents(inside, own, p.end(), context, speakers);
            }
            if (speakers.isEmpty()) {
                subjects(inside, 0, p.start(), verb, own, context, speakers);
            }
            if (speakers.isEmpty() && context.country != null && isSpeech(verb)
                    && GOVERNMENT.matcher(own.substring(0, p.start())).find()) {
                speakers.add(context.country); // "The Government indicated that ...": the State speaks
            }
            d.kind = p.neutral() ? Lexicon.complementKind(own.substring(p.end())).orElse(Lexicon.INFORMATION) : p.kind();
            if (speakers.size() == 1 && p.neutral()) {
                relay(own, p.end(), inside, context, d, speakers);
            }
        } else {
            leadingList(inside, own, context, speakers);
            d.kind = Lexicon.firstCue(own).orElse(Lexicon.INFORMATION);
        }
        if (speakers.isEmpty() && PRONOUN.matcher(own).find() && !before.isEmpty()) {
            speakers.addAll(previous(before, inSentence).speakers);
        }
        if (speakers.isEmpty()) {
            for (Mention m : inside) {
                if (m.kind() == Kind.NAMED && !m.ambiguous() && !m.codes().isEmpty() && m.type() != MechanismType.OTHER
                        && !m.codes().contains(COLLECTIVE)) {
                    speakers.addAll(m.codes());
                    break;
                }
            }
        }
        if (speakers.isEmpty()) {
            if (!clause.firstInSentence() && !inSentence.isEmpty()) {
                speakers.addAll(inSentence.get(inSentence.size() - 1).speakers);
            } else if (!noteSources(cited, context).isEmpty()) {
                speakers.addAll(noteSources(cited, context)); // "It was recommended that ...": the note's source
            } else if (AS_AT.matcher(own).find()) {
                speakers.add("OHCHR");
            } else if (!before.isEmpty() || !inSentence.isEmpty()) {
                List<String> last = previous(before, inSentence).speakers;
                if (last.size() == 1) {
                    speakers.addAll(last);
                }
            }
        }
        remember(inside, context);
        d.speakers = List.copyOf(new LinkedHashSet<>(speakers));
        d.year = ownYear(own, predicate.orElse(null), d);
        return d;
    }

    private static List<String> noteSources(List<Integer> cited, Context context) {
        Set<String> sources = new LinkedHashSet<>();
        for (Integer note : cited) {
            sources.addAll(context.noteSources.getOrDefault(note, List.of()));
        }
        return List.copyOf(sources);
    }

    private static Draft previous(List<Draft> before, List<Draft> inSentence) {
        return inSentence.isEmpty() ? before.get(before.size() - 1) : inSentence.get(inSentence.size() - 1);
    }

    /** Speakers named before the verb: the subject, a list of them ("the High Commissioner, CERD and CAT"). */
    private static void subjects(List<Mention> inside, int from, int to, String verb, String own, Context context,
                                 List<String> speakers) {
        boolean speech = isSpeech(verb);
        for (Mention m : inside) {
            if (m.start() < from || m.end() > to) {
                continue;
            }
            if (m.kind() == Kind.STATE && !speech) {
                continue;
            }
            if (m.kind() != Kind.STATE && inInstrumentContext(own, m.start())) {
                continue;
            }
            speakers.addAll(resolve(m, context));
        }
    }

    private static boolean isSpeech(String verb) {
        return verb != null && SPEECH_VERBS.contains(verb.strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT));
    }

    /** A mention read as a treaty ("ratifying CRPD, CED and ..."), not as the committee of the same name. */
    private static boolean inInstrumentContext(String own, int at) {
        return INSTRUMENT_CONTEXT.matcher(own.substring(0, at)).find();
    }

    /** The agents of a passive verb: "was highlighted by UNICEF", "were sent by the Special Rapporteurs ... and ...". */
    private static void agents(List<Mention> inside, String own, int after, Context context, List<String> speakers) {
        Matcher by = BY.matcher(own.substring(after));
        if (!by.find()) {
            return;
        }
        int at = after + by.end();
        for (Mention m : inside) {
            if (m.start() < at) {
                continue;
            }
            String gap = own.substring(at, m.start());
            if (m.start() == at || gap.matches("(?i)the\\s+") || (!speakers.isEmpty() && LIST_JOIN.matcher(gap).matches())) {
                speakers.addAll(resolve(m, context));
                at = m.end();
                continue;
            }
            break;
        }
    }

    /** Speakers listed at the start of a clause without a verb ("UNICEF on its capacity-building ..."). */
    private static void leadingList(List<Mention> inside, String own, Context context, List<String> speakers) {
        int at = own.startsWith("and ") ? 4 : 0;
        for (Mention m : inside) {
            String gap = own.substring(Math.min(at, m.start()), m.start());
            if (m.start() == at || gap.matches("(?i)the\\s+") || (!speakers.isEmpty() && LIST_JOIN.matcher(gap).matches())) {
                if (m.speaks()) {
                    speakers.addAll(resolve(m, context));
                }
                at = m.end();
            } else {
                break;
            }
        }
    }

    /** "UNHCR highlighted the fact that CRC had urged ...": the words are CRC's, relayed by UNHCR. */
    private static void relay(String own, int after, List<Mention> inside, Context context, Draft d,
                              List<String> speakers) {
        Matcher that = RELAY.matcher(own.substring(after));
        if (!that.find()) {
            return;
        }
        int at = after + that.end();
        for (Mention m : inside) {
            if (m.kind() != Kind.NAMED || m.start() < at) {
                continue;
            }
            if (m.start() != at && !own.substring(at, m.start()).matches("(?i)the\\s+")) {
                return;
            }
            boolean relayable = m.type() == MechanismType.TREATY_BODY || m.type() == MechanismType.SPECIAL_PROCEDURE;
            Matcher verb = RELAYED_VERB.matcher(own.substring(m.end()));
            if (relayable && verb.find() && Lexicon.isReportingVerb(verb.group(1))) {
                d.reportedBy = speakers.get(0);
                speakers.clear();
                speakers.addAll(resolve(m, context));
                String kind = Lexicon.kindOf(verb.group(1));
                d.kind = kind == null ? Lexicon.INFORMATION : kind;
            }
            return;
        }
    }

    private static List<String> resolve(Mention m, Context context) {
        if (m.kind() == Kind.NAMED || m.kind() == Kind.STATE) {
            return m.codes();
        }
        String code = context.last.get(m.kind());
        return code == null ? List.of() : List.of(code);
    }

    /** Back-references point to the last mechanism of their kind named anywhere before. */
    private static void remember(List<Mention> inside, Context context) {
        for (Mention m : inside) {
            if (m.kind() != Kind.NAMED) {
                continue;
            }
            for (String code : m.codes()) {
                if (code.startsWith("SR-")) {
                    context.last.put(Kind.SPECIAL_RAPPORTEUR, code);
                } else if (code.startsWith("IE-")) {
                    context.last.put(Kind.INDEPENDENT_EXPERT, code);
                } else if (code.startsWith("WG-")) {
                    context.last.put(Kind.WORKING_GROUP, code);
                } else if ((m.type() == MechanismType.TREATY_BODY && !m.ambiguous()) || code.equals("ILO-CEACR")
                        || (m.type() == MechanismType.TREATY_BODY && m.ambiguous())) {
                    context.last.put(Kind.COMMITTEE, code);
                }
            }
        }
    }

    /** The year the clause itself gives for what its speaker did, outside any "that ..." complement. */
    private static Integer ownYear(String own, Lexicon.Predicate predicate, Draft d) {
        if (d.reportedBy != null || (own.indexOf("19") < 0 && own.indexOf("20") < 0)) {
            return null;
        }
        int frameEnd = own.length();
        boolean complement = false;
        if (predicate != null) {
            Matcher that = THAT.matcher(own);
            if (that.find(predicate.end())) {
                frameEnd = that.start();
                complement = true;
            }
        }
        Matcher m = YEAR_PHRASE.matcher(own);
        m.region(0, frameEnd);
        if (!m.find()) {
            return null;
        }
        if (predicate != null && m.start() > predicate.end() && !complement && !predicate.passive()
                && Lexicon.isSpeechVerb(own.substring(predicate.start(), predicate.end()).split("\\s+")[0])) {
            return null; // "noted the adoption in 2017 of ...": the year of what was noted, not of the noting
        }
        int year = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        // A year before the verb, or set between the verb and its "that ..." ("CERD recommended, in 2004, that"),
        // dates the speaker's statement and carries forward; one at the end of the clause dates only the act
        // ("commissioned a study ... in 2008").
        d.introYear = predicate == null || m.start() < predicate.start() || predicate.passive() || complement;
        return year;
    }

    private static void assignYear(Draft d, Integer sentenceYear, Map<String, Integer> yearOf) {
        if (d.reportedBy != null) {
            d.year = null;
            return;
        }
        String single = d.speakers.size() == 1 ? d.speakers.get(0) : null;
        if (d.year == null && sentenceYear != null) {
            d.year = sentenceYear;
            d.introYear = true;
        }
        if (d.year == null && single != null) {
            d.year = yearOf.get(single);
            return;
        }
        if (d.year != null && d.introYear && single != null) {
            yearOf.put(single, d.year);
        }
    }

    /** The references in the clause; else a "while" clause takes its main clause's, others the next reference. */
    private static List<Integer> footnotes(RefText body, List<Draft> drafts, int index) {
        Clause c = drafts.get(index).clause;
        List<Integer> inside = body.numbersIn(c.start(), c.end());
        if (!inside.isEmpty()) {
            return inside;
        }
        if (c.whileClause() && index + 1 < drafts.size()) {
            Clause next = drafts.get(index + 1).clause;
            List<Integer> main = body.numbersIn(next.start(), next.end());
            if (!main.isEmpty()) {
                return main;
            }
        }
        for (FootnoteRef ref : body.refs()) {
            if (ref.offset() > c.end()) {
                return List.of(ref.number());
            }
        }
        return List.of();
    }
}
