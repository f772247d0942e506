package org.upright.obligation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.document.DocumentSymbol;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Recommendation;
import org.upright.ingest.model.Statement;
import org.upright.reference.Instrument;
import org.upright.reference.ReferenceData;
import org.upright.reference.RelatedInstrument;
import org.upright.reference.UprSessions;

/**
 * Finds the recommendations of a document that ask the State to ratify, accede to or sign an instrument: the
 * numbered recommendations of a UPR Working Group report and the recommending statements of other documents
 * (compilations, concluding observations). One {@link RatifyRecommendation} per recommendation and instrument.
 *
 * <p>An instrument counts only when it is the object of an ask verb ("ratify", "accede to", "sign", "become a
 * party to", "the ratification of", "consider ratifying"): standing near the verb, or listed after an instrument
 * that is ("Ratify OP-CAT, ICRMW and the Rome Statute"). An instrument merely referred to ("in line with the
 * Convention against Torture", "article 22 of CAT") does not count, nor does one the reference data does not know.
 * Instruments are recognised by the reference data's codes, aliases and full names, by a distinctive beginning of a
 * full name ("the Convention against Torture"), by a name with a core code in place of the treaty it belongs to
 * ("the Optional Protocol to CRPD"), and by back-references ("its Optional Protocol", "the 1954 and 1961
 * Conventions").
 */
public final class RatifyRecommendations {
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
    private static final Set<String> STOP_WORDS = Set.of("the", "of", "on", "to", "for", "and", "against", "in",
            "with", "from", "at", "relating", "all", "a", "an", "no", "nos", "its", "their", "by");
    /** Words after which a dot does not end a sentence ("No. 189", "art. 22"). */
    private static final Set<String> ABBREVIATED = Set.of("no", "nos", "art", "arts", "para", "paras", "op", "e", "i");
    private static final Set<String> INSTRUMENT_NOUNS = Set.of("protocol", "convention", "covenant", "statute");
    private static final int GAP = 8;
    private static final int COORDINATED_GAP = 16;
    private static final int CONSIDER_LOOKBACK = 6;
    private static final Pattern RECOMMENDING = Pattern.compile(
            "\\b(?:recommend|urg(?:e|ed|es|ing)\\b|encourag|invit(?:e|ed|es|ing)\\b|request|call(?:ed|s|ing)?\\s+(?:up)?on\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A Working Group report's first paragraph: "The review of [State] was held at the [n]th meeting, on [date]". */
    private static final Pattern REVIEW_HELD = Pattern.compile(
            "review of .{1,120}? was held .{0,80}?\\b((?:19|20)\\d{2})\\b"
            + "|held its .{1,60}? session .{0,80}?\\b((?:19|20)\\d{2})\\b", Pattern.DOTALL);
    private static final Pattern ORDINAL = Pattern.compile("^(?:First|Second|Third|Fourth) (.+)$");

    private final Node names = new Node();
    private final Map<String, List<Protocol>> protocols = new HashMap<>();
    private final UprSessions sessions;

    /** Reads the instruments' codes, aliases and names from the reference data. */
    public RatifyRecommendations(ReferenceData reference) {
        this.sessions = reference.sessions();
        List<Instrument> core = reference.instruments().all();
        for (Instrument instrument : core) {
            Target target = new Target(instrument.code(), true, adopted(instrument.adoptedYear()));
            add(instrument.code(), target);
            instrument.aliases().forEach(alias -> add(alias, target));
            nameVariants(instrument, core).forEach(name -> add(name, target));
            Matcher ordinal = ORDINAL.matcher(instrument.name());
            boolean numbered = ordinal.matches();
            String unnumbered = numbered ? ordinal.group(1) : instrument.name();
            for (Instrument treaty : core) {
                if (treaty != instrument && unnumbered.startsWith("Optional Protocol to the " + treaty.name())) {
                    protocols.computeIfAbsent(treaty.code(), k -> new ArrayList<>())
                            .add(new Protocol(target, numbered));
                }
            }
        }
        for (RelatedInstrument instrument : reference.instruments().others()) {
            Target target = new Target(instrument.code(), false, adopted(instrument.adoptedYear()));
            add(instrument.code(), target);
            add(instrument.name(), target);
            instrument.aliases().forEach(alias -> add(alias, target));
        }
    }

    /**
     * Every ask to ratify, accede to or sign an instrument in the document's numbered recommendations and in the
     * recommending statements of its paragraphs, in document order.
     */
    public List<RatifyRecommendation> find(ExtractedDocument document) {
        List<RatifyRecommendation> found = new ArrayList<>();
        String symbol = document.document() == null ? null : document.document().symbol();
        Integer documentYear = documentYear(document);
        if (document.recommendations() != null) {
            for (Recommendation recommendation : document.recommendations()) {
                for (Ask ask : asks(recommendation.text(), documentYear)) {
                    found.add(new RatifyRecommendation(ask.target().code(), ask.target().core(), ask.action(),
                            recommendation.text(), recommendation.recommendingStates(), symbol,
                            recommendation.number(), documentYear, recommendation.position()));
                }
            }
        }
        if (document.paragraphs() != null) {
            for (Paragraph paragraph : document.paragraphs()) {
                for (Statement statement : paragraph.statements() == null ? List.<Statement>of()
                        : paragraph.statements()) {
                    if (!recommends(statement)) {
                        continue;
                    }
                    Integer reference = statement.year() != null ? statement.year() : documentYear;
                    for (Ask ask : asks(statement.text(), reference)) {
                        found.add(new RatifyRecommendation(ask.target().code(), ask.target().core(), ask.action(),
                                statement.text(), speakers(statement), symbol,
                                Integer.toString(paragraph.number()), statement.year(), null));
                    }
                }
            }
        }
        return found;
    }

    /** The instruments a text asks to join, each once with the action of its first ask. */
    private List<Ask> asks(String text, Integer year) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Tok[] tokens = tokenize(text);
        List<Mention> mentions = mentions(tokens, year);
        List<Verb> verbs = verbs(tokens);
        Map<String, Ask> asks = new LinkedHashMap<>();
        Map<Verb, Mention> lastLinked = new HashMap<>();
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            Verb verb = nearestVerb(verbs, tokens, mention.from());
            if (verb == null) {
                continue;
            }
            Mention previous = lastLinked.get(verb);
            boolean linked;
            if (previous != null) {
                linked = onlyFillers(tokens, previous.to(), mention.from());
            } else {
                boolean mentionBetween = m > 0 && mentions.get(m - 1).to() > verb.to();
                linked = !mentionBetween && gapAllows(tokens, verb, mention.from());
            }
            if (linked) {
                lastLinked.put(verb, mention);
                for (Target target : mention.targets()) {
                    asks.putIfAbsent(target.code(), new Ask(target, verb.action()));
                }
            }
        }
        return List.copyOf(asks.values());
    }

    private static boolean recommends(Statement statement) {
        if ("recommendation".equals(statement.kind())) {
            return true;
        }
        // a sentence classified otherwise may still recommend ("concerned ..., and recommended ratifying ICRMW")
        return !"welcome".equals(statement.kind()) && statement.text() != null
                && RECOMMENDING.matcher(statement.text()).find();
    }

    private static List<String> speakers(Statement statement) {
        if (statement.speakers() != null && !statement.speakers().isEmpty()) {
            return statement.speakers();
        }
        return statement.reportedBy() == null ? List.of() : List.of(statement.reportedBy());
    }

    /**
     * The year of a UPR document: the session's year for documents whose symbol names the session, the year the
     * review was held for Working Group reports (their first paragraph says so); null otherwise. A UPR cycle alone
     * spans four or five years, too wide to give one.
     */
    private Integer documentYear(ExtractedDocument document) {
        if (document.document() != null && document.document().symbol() != null) {
            OptionalInt session = new DocumentSymbol(document.document().symbol()).uprSession();
            if (session.isPresent()) {
                OptionalInt year = sessions.year(session.getAsInt());
                if (year.isPresent()) {
                    return year.getAsInt();
                }
            }
        }
        if (document.recommendations() != null && !document.recommendations().isEmpty()
                && document.paragraphs() != null) {
            for (Paragraph paragraph : document.paragraphs().subList(0, Math.min(3, document.paragraphs().size()))) {
                Matcher held = REVIEW_HELD.matcher(paragraph.text() == null ? "" : paragraph.text());
                if (held.find()) {
                    return Integer.parseInt(held.group(1) != null ? held.group(1) : held.group(2));
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- the verbs

    private static List<Verb> verbs(Tok[] tokens) {
        List<Verb> verbs = new ArrayList<>();
        for (int k = 0; k < tokens.length; k++) {
            String key = tokens[k].key();
            String action = null;
            int to = k + 1;
            if (RATIFY_WORDS.contains(key)) {
                action = RatifyRecommendation.RATIFY;
            } else if (ACCEDE_WORDS.contains(key)) {
                action = RatifyRecommendation.ACCEDE;
            } else if (SIGN_WORDS.contains(key)) {
                String next = k + 1 < tokens.length ? tokens[k + 1].key() : "";
                action = next.startsWith("language") || next.equals("of") ? null : RatifyRecommendation.SIGN;
            } else if (BECOME_WORDS.contains(key)) {
                for (int j = k + 1; j < Math.min(tokens.length, k + 4); j++) {
                    if (tokens[j].key().equals("party") || tokens[j].key().equals("parties")) {
                        action = RatifyRecommendation.ACCEDE;
                        to = j + 1;
                        break;
                    }
                }
            }
            boolean pastAct = NOUNS.contains(key) && k > 0 && NOT_AN_ASK_BEFORE_NOUN.contains(tokens[k - 1].key());
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

    /** Whether "consider" (or "study the possibility of") governs the ask at token k. */
    private static boolean considered(Tok[] tokens, int k) {
        for (int j = k - 1; j >= Math.max(0, k - CONSIDER_LOOKBACK); j--) {
            // "To consider ratifying (State A)/ratify (State B)": the second ask stands alone
            if (isBreak(tokens, j) || tokens[j].key().equals(")")) {
                return false;
            }
            if (CONSIDER_WORDS.contains(tokens[j].key())) {
                return true;
            }
        }
        return false;
    }

    private static Verb nearestVerb(List<Verb> verbs, Tok[] tokens, int from) {
        Verb nearest = null;
        for (Verb verb : verbs) {
            if (verb.to() <= from) {
                nearest = verb;
            }
        }
        if (nearest == null) {
            return null;
        }
        for (int j = nearest.to(); j < from; j++) {
            if (isBreak(tokens, j)) {
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
    private static boolean gapAllows(Tok[] tokens, Verb verb, int from) {
        int start = verb.to();
        if (start < from && tokens[start].key().equals("to")) {
            start++;
        }
        boolean coordinated = start < from && tokens[start].key().equals("and");
        int words = 0;
        boolean blocked = false;
        for (int j = verb.to(); j < from; j++) {
            Tok token = tokens[j];
            if (INTRODUCERS.contains(token.key())) {
                words = 0;
                blocked = false;
            } else if (token.kind() != Kind.PUNCT) {
                words++;
                blocked |= BLOCKERS.contains(token.key());
            }
        }
        return coordinated ? words <= COORDINATED_GAP : !blocked && words <= GAP;
    }

    private static boolean onlyFillers(Tok[] tokens, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!FILLERS.contains(tokens[j].key())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBreak(Tok[] tokens, int j) {
        String key = tokens[j].key();
        if (key.equals(";") || key.equals(":") || key.equals("?") || key.equals("!")) {
            return true;
        }
        if (!key.equals(".")) {
            return false;
        }
        boolean abbreviation = j > 0 && ABBREVIATED.contains(tokens[j - 1].key());
        boolean numberNext = j + 1 < tokens.length && tokens[j + 1].kind() == Kind.NUMBER;
        return !abbreviation && !numberNext;
    }

    // ---------------------------------------------------------------- the instruments

    private List<Mention> mentions(Tok[] tokens, Integer year) {
        List<Mention> mentions = new ArrayList<>();
        Target lastCore = null;
        int i = 0;
        while (i < tokens.length) {
            if (tokens[i].kind() == Kind.PUNCT) {
                i++;
                continue;
            }
            Mention mention = yearList(tokens, i);
            int consumed = 0;
            if (mention == null) {
                Walk walk = walk(tokens, i);
                mention = accept(tokens, i, walk, year);
                if (mention == null) {
                    mention = protocolsOf(tokens, i, lastCore, year);
                }
                consumed = walk.steps().size();
            }
            if (mention != null) {
                mentions.add(mention);
                for (Target target : mention.targets()) {
                    if (target.core()) {
                        lastCore = target;
                    }
                }
                i = mention.to();
            } else if (consumed >= 3) {
                // most of an unknown instrument's name ("the Convention on the non-applicability of ..."): none of
                // its words is a mention of its own
                i = tokensUpTo(tokens, i, consumed);
            } else {
                i++;
            }
        }
        return mentions;
    }

    private static int tokensUpTo(Tok[] tokens, int i, int steps) {
        int j = i;
        int seen = 0;
        while (j < tokens.length && seen < steps) {
            if (!tokens[j].key().equals(",")) {
                seen++;
            }
            j++;
        }
        return j;
    }

    private Walk walk(Tok[] tokens, int i) {
        List<Step> steps = new ArrayList<>();
        Node node = names;
        boolean plural = false;
        for (int j = i; j < tokens.length; j++) {
            Tok token = tokens[j];
            if (token.key().equals(",") && node != names) {
                continue; // names are written with and without their commas
            }
            Node child = node.children.get(token.key());
            boolean pluralHere = false;
            if (child == null && token.key().length() > 3 && token.key().endsWith("s")) {
                String singular = token.key().substring(0, token.key().length() - 1);
                child = node.children.get(singular);
                // "Disappearances" is a way of writing the name, "Protocols" names several instruments
                pluralHere = child != null && INSTRUMENT_NOUNS.contains(singular);
            }
            if (child == null || child.acronym && !allCapitals(token.text())) {
                break;
            }
            node = child;
            plural |= pluralHere;
            steps.add(new Step(node, j, plural));
        }
        return new Walk(steps);
    }

    /**
     * The longest reading of a walk: a whole code, alias or name; or the beginning of names that all belong to one
     * instrument, if it ends on a content word where the text's own phrase ends too. Plurals are left to
     * {@link #protocolsOf}: "the Optional Protocols to the Convention" names no instrument.
     */
    private static Mention accept(Tok[] tokens, int i, Walk walk, Integer year) {
        for (int s = walk.steps().size() - 1; s >= 0; s--) {
            Step step = walk.steps().get(s);
            if (step.plural()) {
                continue;
            }
            int last = step.index();
            if (!step.node().exact.isEmpty()) {
                return new Mention(i, last + 1, List.copyOf(step.node().exact));
            }
            int length = s + 1;
            Tok next = last + 1 < tokens.length ? tokens[last + 1] : null;
            if (length >= 3 && isContent(tokens[last]) && (length >= 6 || endsPhrase(next))) {
                List<Target> chosen = choose(step.node().below, false, false, year);
                // a shorter beginning is no less ambiguous
                return chosen.isEmpty() ? null : new Mention(i, last + 1, chosen);
            }
        }
        return null;
    }

    /**
     * The optional protocols of a core instrument: "the Optional Protocols to the CRC", "both Optional Protocols to
     * ICCPR", or of the last core instrument named: "its Optional Protocol", "the Optional Protocol thereto". A
     * singular names the protocol only where the instrument has one (apart from a "Second Optional Protocol").
     */
    private Mention protocolsOf(Tok[] tokens, int i, Target lastCore, Integer year) {
        if (i + 1 >= tokens.length || !tokens[i].key().equals("optional")
                || !tokens[i + 1].key().startsWith("protocol")) {
            return null;
        }
        boolean plural = tokens[i + 1].key().equals("protocols");
        Target parent = null;
        int to = i + 2;
        if (to < tokens.length && tokens[to].key().equals("to")) {
            int j = to + 1 < tokens.length && tokens[to + 1].key().equals("the") ? to + 2 : to + 1;
            Mention treaty = j < tokens.length ? accept(tokens, j, walk(tokens, j), year) : null;
            if (treaty != null && treaty.targets().size() == 1 && treaty.targets().get(0).core()) {
                parent = treaty.targets().get(0);
                to = treaty.to();
            }
        } else if (to < tokens.length && tokens[to].key().equals("thereto")) {
            parent = lastCore;
            to++;
        } else if (i > 0 && isPossessive(tokens[i - 1]) || i > 1 && isPossessive(tokens[i - 2])) {
            parent = lastCore;
        }
        if (parent == null) {
            return null;
        }
        Set<Target> candidates = new LinkedHashSet<>();
        for (Protocol protocol : protocols.getOrDefault(parent.code(), List.of())) {
            if (plural || !protocol.ordinal()) {
                candidates.add(protocol.target());
            }
        }
        boolean both = i > 0 && (tokens[i - 1].key().equals("both") || tokens[i - 1].key().equals("two"));
        List<Target> chosen = choose(candidates, plural, both, year);
        return chosen.isEmpty() ? null : new Mention(i, to, chosen);
    }

    /** "the 1954 and 1961 Conventions": each year's instrument the reference data names so. */
    private Mention yearList(Tok[] tokens, int i) {
        if (!isYear(tokens[i])) {
            return null;
        }
        List<String> years = new ArrayList<>(List.of(tokens[i].key()));
        int j = i + 1;
        while (j + 1 < tokens.length && (tokens[j].key().equals(",") || tokens[j].key().equals("and"))
                && isYear(tokens[j + 1])) {
            years.add(tokens[j + 1].key());
            j += 2;
        }
        if (years.size() < 2 || j >= tokens.length) {
            return null;
        }
        String kind = tokens[j].key();
        if (!kind.equals("conventions") && !kind.equals("protocols")) {
            return null;
        }
        List<Target> targets = new ArrayList<>();
        for (String year : years) {
            Node node = names.children.get(year);
            Node instrument = node == null ? null : node.children.get(kind.substring(0, kind.length() - 1));
            if (instrument != null) {
                targets.addAll(instrument.exact);
            }
        }
        return targets.isEmpty() ? null : new Mention(i, j + 1, List.copyOf(targets));
    }

    /**
     * One instrument, or in the plural all of them; instruments adopted after the year of the text are dropped when
     * that settles an ambiguity, and "both" takes the two adopted first.
     */
    private static List<Target> choose(Set<Target> candidates, boolean plural, boolean both, Integer year) {
        List<Target> list = new ArrayList<>(candidates);
        if (list.size() > 1 && year != null) {
            List<Target> adoptedBefore = list.stream().filter(t -> t.adopted() <= year).toList();
            if (!adoptedBefore.isEmpty()) {
                list = adoptedBefore;
            }
        }
        if (list.size() <= 1) {
            return list;
        }
        if (!plural) {
            return List.of();
        }
        if (both && list.size() > 2) {
            list = list.stream().sorted(Comparator.comparingInt(Target::adopted)).limit(2).toList();
        }
        return list;
    }

    private static boolean isPossessive(Tok token) {
        return token.key().equals("its") || token.key().equals("their");
    }

    private static boolean isYear(Tok token) {
        return token.kind() == Kind.NUMBER && token.key().length() == 4
                && (token.key().startsWith("19") || token.key().startsWith("20"));
    }

    private static boolean isContent(Tok token) {
        return token.kind() == Kind.WORD && !STOP_WORDS.contains(token.key());
    }

    /** Whether a name may end before this token: at punctuation, a lower-case word or the end of the text. */
    private static boolean endsPhrase(Tok next) {
        return next == null || next.kind() == Kind.PUNCT
                || next.kind() == Kind.WORD && Character.isLowerCase(next.text().charAt(0));
    }

    private static boolean allCapitals(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int adopted(Integer year) {
        return year == null ? 0 : year;
    }

    /**
     * The full name and the forms it is cut to: without a leading "International" ("the Covenant on Civil and
     * Political Rights"), and with the name of another core instrument it contains replaced by that instrument's
     * code or alias ("the Second Optional Protocol to ICCPR", "the Optional Protocol to the CRPD").
     */
    private static List<String> nameVariants(Instrument instrument, List<Instrument> core) {
        List<String> variants = new ArrayList<>();
        variants.add(instrument.name());
        if (instrument.name().startsWith("International ")) {
            variants.add(instrument.name().substring("International ".length()));
        }
        for (Instrument other : core) {
            if (other == instrument || !instrument.name().contains(other.name())) {
                continue;
            }
            List<String> abbreviations = new ArrayList<>(List.of(other.code()));
            abbreviations.addAll(other.aliases());
            for (String abbreviation : abbreviations) {
                String replaced = instrument.name().replace(other.name(), abbreviation);
                variants.add(replaced);
                variants.add(replaced.replace("the " + abbreviation, abbreviation));
            }
        }
        return variants;
    }

    private void add(String phrase, Target target) {
        Node node = names;
        for (Tok token : tokenize(phrase)) {
            if (token.key().equals(",")) {
                continue;
            }
            node = node.children.computeIfAbsent(token.key(), k -> new Node());
            // a code such as "CAT" must be written in capitals: "cat" is not the Convention
            node.acronym |= capitals(token.text()) >= 2;
            node.below.add(target);
        }
        if (node != names) {
            node.exact.add(target);
        }
    }

    private static int capitals(String text) {
        int capitals = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                capitals++;
            }
        }
        return capitals;
    }

    // ---------------------------------------------------------------- tokens

    /** Words, numbers and punctuation marks; spaces and hyphens only separate them ("OP-CAT" is "OP", "CAT"). */
    private static Tok[] tokenize(String text) {
        List<Tok> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isHyphen(c) || c == '\uFEFF') {
                i++;
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < n && (Character.isLetter(text.charAt(i)) || isMark(text.charAt(i)))) {
                    i++;
                }
                String word = text.substring(start, i);
                tokens.add(new Tok(word, fold(word), Kind.WORD));
            } else if (c >= '0' && c <= '9') {
                int start = i;
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                tokens.add(new Tok(text.substring(start, i), text.substring(start, i), Kind.NUMBER));
            } else {
                String key = c == '\u2019' || c == '\u2018' ? "'" : String.valueOf(c);
                tokens.add(new Tok(String.valueOf(c), key, Kind.PUNCT));
                i++;
            }
        }
        return tokens.toArray(Tok[]::new);
    }

    private static String fold(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            if (!isMark(decomposed.charAt(i))) {
                folded.append(decomposed.charAt(i));
            }
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u00AD' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** What a token is made of. */
    private enum Kind { WORD, NUMBER, PUNCT }

    /** A token as written and its comparison key (lower case, no accents). */
    private record Tok(String text, String key, Kind kind) {
    }

    /** An instrument a text may ask to join. */
    private record Target(String code, boolean core, int adopted) {
    }

    /** An instrument asked for and how. */
    private record Ask(Target target, String action) {
    }

    /** An optional protocol of a core instrument; ordinal when its name starts "Second Optional Protocol". */
    private record Protocol(Target target, boolean ordinal) {
    }

    /** Instruments named by tokens [from, to). */
    private record Mention(int from, int to, List<Target> targets) {
    }

    /** An ask verb over tokens [from, to) ("become a party" is three tokens). */
    private record Verb(int from, int to, String action) {
    }

    private record Step(Node node, int index, boolean plural) {
    }

    private record Walk(List<Step> steps) {
    }

    /** A node of the trie of names: the instruments whose names end here, and those whose names pass through. */
    private static final class Node {
        private final Map<String, Node> children = new HashMap<>();
        private final Set<Target> exact = new LinkedHashSet<>();
        private final Set<Target> below = new LinkedHashSet<>();
        private boolean acronym;
    }
}
