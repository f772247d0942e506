package org.upright.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * UN human-rights mechanisms and agencies, by name, abbreviation and mandate title, and found in running text.
 *
 * <p>Special-procedure codes follow the title the text uses: KIND-topic, KIND being SR (Special Rapporteur), IE
 * (Independent Expert), WG (Working Group, also its Chair), RSG (Representative of the Secretary-General) or SRSG
 * (Special Representative of the Secretary-General). A mandate whose kind changed has one code per title
 * (IE-minorities until 2014, SR-minorities since). A title not in the table still yields a code derived from its
 * words ("Special Rapporteur on the rights of left-handed persons" gives SR-rights-left-handed-persons).
 */
public final class Mechanisms {
    /** Words after which an unknown mandate title cannot go on: clause openers, auxiliaries and reporting verbs. */
    private static final Set<String> CLAUSE_WORDS = Set.of(
            "that", "which", "who", "whom", "whose", "when", "where", "while", "whereas", "during", "since", "following",
            "after", "before", "upon", "until", "because", "although", "though", "as", "was", "were", "is", "are", "be",
            "been", "being", "has", "have", "had", "having", "will", "would", "shall", "should", "could", "can", "may",
            "might", "must", "did", "does", "do", "also", "further", "furthermore", "moreover", "however", "therefore",
            "then", "not", "it", "he", "she", "they", "notes", "recommends", "urges", "encourages", "observes",
            "reports", "indicates", "highlights", "welcomes", "concludes", "calls", "requests", "invites", "finds",
            "considers", "says", "adds", "emphasizes", "stresses", "expresses", "regrets", "remains", "continues",
            "undertook", "made", "sent", "found", "said", "drew", "wrote", "took", "gave", "met", "held", "saw",
            "heard", "began", "became", "spoke", "brought", "told", "thanked");
    /** Participles that do occur inside mandate titles, unlike the reporting verbs in "-ed" that end them. */
    private static final Set<String> TITLE_PARTICIPLES = Set.of(
            "displaced", "enforced", "affected", "related", "armed", "based", "involved", "detained", "disappeared",
            "unaccompanied", "organized", "organised", "deprived", "advanced", "occupied", "indebted", "landlocked");
    /** Words left out of a derived code. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "of", "on", "and", "or", "in", "for", "to", "its", "their", "with", "by", "at", "from", "s");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final int LONGEST_DERIVED_TITLE = 20;

    private final List<Mechanism> all;
    private final Map<String, Mechanism> byCode = new HashMap<>();
    private final Map<String, Mechanism> byCodeIgnoringCase = new HashMap<>();
    private final PhraseMatcher<Named> names = new PhraseMatcher<>(false);
    private final PhraseMatcher<Kind> kinds = new PhraseMatcher<>(false);
    private final PhraseMatcher<Mandate> topics = new PhraseMatcher<>(false);

    /** A name in the table: the mechanism it names, or none for names that only look like one. */
    private record Named(String code, MechanismType type, boolean place) {
    }

    /** The words that open a mandate title ("Special Rapporteurs"), the code prefix they give and their number. */
    private record Kind(String code, MechanismType type, boolean plural) {
    }

    /** A mandate's topic as written after its kind, and the word that joins them ("on", or "in the field of"). */
    private record Mandate(String slug, String connector, MechanismType type) {
    }

    /** A mention before extensions: its codes (none for names that are not mechanisms) and tokens [from, to). */
    private record Found(List<String> codes, MechanismType type, boolean place, int from, int to, int start, int end) {
    }

    private Mechanisms(JsonNode table, Instruments instruments) {
        List<Mechanism> mechanisms = new ArrayList<>();
        addNamed(table.path("named"), mechanisms);
        Map<String, JsonNode> kindRows = addKinds(table.path("kinds"));
        for (JsonNode row : table.path("mandates")) {
            addMandate(row, kindRows, mechanisms);
        }
        Named notAMechanism = new Named(null, null, false);
        ReferenceFiles.strings(table, "notMechanisms").forEach(name -> names.add(name, notAMechanism));
        // "OP-CAT" or "CRC-OP-AC" name treaties, not CAT or CRC; a name already added (CAT, CRC) keeps its mechanism
        for (Instrument instrument : instruments.all()) {
            names.add(instrument.code(), notAMechanism);
            instrument.aliases().forEach(alias -> names.add(alias, notAMechanism));
        }
        all = List.copyOf(mechanisms);
        for (Mechanism mechanism : all) {
            byCode.putIfAbsent(mechanism.code(), mechanism);
            byCodeIgnoringCase.putIfAbsent(mechanism.code().toLowerCase(Locale.ROOT), mechanism);
        }
    }

    private void addNamed(JsonNode rows, List<Mechanism> mechanisms) {
        for (JsonNode row : rows) {
            String code = row.path("code").asText();
            MechanismType type = MechanismType.valueOf(row.path("type").asText());
            List<String> rowNames = ReferenceFiles.strings(row, "names");
            mechanisms.add(new Mechanism(code, type, row.path("name").asText(), rowNames));
            Named named = new Named(code, type, row.path("place").asBoolean(false));
            rowNames.forEach(name -> names.add(name, named));
        }
    }

    private Map<String, JsonNode> addKinds(JsonNode rows) {
        Map<String, JsonNode> kindRows = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            String kind = row.path("kind").asText();
            MechanismType type = MechanismType.valueOf(row.path("type").asText());
            kindRows.put(kind, row);
            ReferenceFiles.strings(row, "singular").forEach(phrase -> kinds.add(phrase, new Kind(kind, type, false)));
            ReferenceFiles.strings(row, "plural").forEach(phrase -> kinds.add(phrase, new Kind(kind, type, true)));
        }
        return kindRows;
    }

    /** One mandate: its topics for the matcher, and one mechanism per title it has had (IE-minorities, SR-minorities). */
    private void addMandate(JsonNode row, Map<String, JsonNode> kindRows, List<Mechanism> mechanisms) {
        String slug = row.path("slug").asText();
        String connector = row.path("connector").asText("on");
        MechanismType mandateType = row.hasNonNull("type") ? MechanismType.valueOf(row.path("type").asText()) : null;
        Mandate mandate = new Mandate(slug, connector, mandateType);
        List<String> topicPhrases = ReferenceFiles.strings(row, "topics");
        for (String topic : topicPhrases) {
            topics.add(topic, mandate);
            if (topic.startsWith("the ")) {
                topics.add(topic.substring(4), mandate);
            }
        }
        boolean first = true;
        for (Map.Entry<String, JsonNode> title : row.path("titles").properties()) {
            JsonNode kindRow = kindRows.get(title.getKey());
            MechanismType type = mandateType != null ? mandateType : MechanismType.valueOf(kindRow.path("type").asText());
            String code = title.getKey() + "-" + slug;
            List<String> titles = new ArrayList<>();
            titles.add(title.getValue().asText());
            for (String topic : topicPhrases) {
                String spelled = kindRow.path("title").asText() + " " + connector + " " + topic;
                if (!titles.contains(spelled)) {
                    titles.add(spelled);
                }
            }
            if (first) {
                // abbreviations such as WGAD belong to the mandate's first (usual) title
                List<String> abbreviations = ReferenceFiles.strings(row, "names");
                titles.addAll(abbreviations);
                abbreviations.forEach(name -> names.add(name, new Named(code, type, false)));
                first = false;
            }
            mechanisms.add(new Mechanism(code, type, title.getValue().asText(), List.copyOf(titles)));
        }
    }

    /** The table, read once per JVM from the classpath. */
    public static Mechanisms load() {
        return Holder.INSTANCE;
    }

    /** Every mechanism in the table: OHCHR, treaty bodies, agencies and other bodies, then one per mandate title. */
    public List<Mechanism> all() {
        return all;
    }

    /** The mechanism with this code ("SR-torture"), exact or else ignoring case; derived codes are not in the table. */
    public Optional<Mechanism> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Mechanism exact = byCode.get(code.strip());
        return Optional.ofNullable(exact != null ? exact : byCodeIgnoringCase.get(code.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The code of the mechanism a name or title denotes ("the Special Rapporteur on the independence of judges and
     * lawyers" gives SR-judges-lawyers), when the name starts the given text; several codes for a plural title.
     */
    public List<String> codesOf(String name) {
        if (name == null) {
            return List.of();
        }
        Token[] tokens = Tokenizer.tokenize(name);
        int from = tokens.length > 0 && tokens[0].is("the") ? 1 : 0;
        Found found = from < tokens.length ? bestAt(name, tokens, from) : null;
        return found == null || found.codes() == null ? List.of() : found.codes();
    }

    /**
     * The treaty body that issues documents under a UN symbol: CAT/C/... is CAT, CAT/OP/... SPT, CCPR/... HRCttee,
     * E/C.12/... CESCR, CERD/, CEDAW/, CRC/ (CRC/C/OPAC/... too), CMW/, CRPD/, CED/ the body of that name;
     * other symbols (A/HRC/..., E/CN.4/...) name no body here.
     */
    public Optional<String> mechanismOfSymbol(String symbol) {
        return SymbolIssuers.bodyOf(symbol);
    }

    /**
     * Every mechanism the text names, left to right without overlaps, the longest name wherever several start at
     * the same word. Spans never include a leading "the" ("the High Commissioner" gives "High Commissioner") but do
     * include an acronym in parentheses right after a full name ("Committee against Torture (CAT)") and the place of
     * an OHCHR office or country team ("OHCHR Regional Office for Central Asia").
     *
     * <p>Abbreviations that also name a treaty (CAT, CRC, CEDAW, CRPD, CED) are reported as treaty bodies; the caller
     * tells them apart by context. "OP-CAT" and the other protocol codes are not mentions of a body. Bare anaphora
     * ("the Special Rapporteur", "the independent expert", "the Committee") are not mentions either: which mechanism
     * they mean is for the caller to resolve.
     */
    public List<MechanismMention> findMentions(String text) {
        Token[] tokens = Tokenizer.tokenize(text);
        List<MechanismMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            Found found = bestAt(text, tokens, i);
            if (found == null) {
                i++;
                continue;
            }
            if (found.codes() != null) {
                found = withAcronym(withPlace(found, tokens), tokens);
                mentions.add(new MechanismMention(found.start(), found.end(), found.codes(), found.type(),
                        text.substring(found.start(), found.end())));
            }
            i = found.to();
        }
        return mentions;
    }

    /** The longest name or known mandate title starting at token {@code i}; a derived title only if there is neither. */
    private Found bestAt(String text, Token[] tokens, int i) {
        PhraseMatcher.Match<Named> named = names.longestAt(tokens, i);
        Found byName = named == null ? null : new Found(named.value().code() == null ? null : List.of(named.value().code()),
                named.value().type(), named.value().place(), named.from(), named.to(), named.start(), named.end());
        PhraseMatcher.Match<Kind> kind = kinds.longestAt(tokens, i);
        if (kind == null) {
            return byName;
        }
        Found known = knownTitle(tokens, kind);
        if (known != null) {
            return byName != null && byName.end() >= known.end() ? byName : known;
        }
        return byName != null ? byName : derivedTitle(text, tokens, kind);
    }

    private Found knownTitle(Token[] tokens, PhraseMatcher.Match<Kind> kind) {
        int connector = kind.to();
        if (connector + 1 >= tokens.length) {
            return null;
        }
        PhraseMatcher.Match<Mandate> topic = topics.longestAt(tokens, connector + 1);
        if (topic == null || !joins(tokens[connector], topic.value())) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        codes.add(kind.value().code() + "-" + topic.value().slug());
        MechanismType type = topic.value().type() != null ? topic.value().type() : kind.value().type();
        int to = topic.to();
        int end = topic.end();
        // "the Special Rapporteurs on the question of torture and on freedom of religion or belief": one mention, two codes
        while (kind.value().plural()) {
            int next = to;
            if (next < tokens.length && tokens[next].is(",")) {
                next++;
            }
            if (next < tokens.length && tokens[next].is("and")) {
                next++;
            }
            if (next == to) {
                break;
            }
            boolean joined = next < tokens.length && isConnector(tokens[next]);
            PhraseMatcher.Match<Mandate> more = next + (joined ? 1 : 0) < tokens.length
                    ? topics.longestAt(tokens, next + (joined ? 1 : 0)) : null;
            if (more == null || (joined && !joins(tokens[next], more.value()))) {
                break;
            }
            String code = kind.value().code() + "-" + more.value().slug();
            if (!codes.contains(code)) {
                codes.add(code);
            }
            to = more.to();
            end = more.end();
        }
        return new Found(List.copyOf(codes), type, false, kind.from(), to, kind.start(), end);
    }

    private Found derivedTitle(String text, Token[] tokens, PhraseMatcher.Match<Kind> kind) {
        int connector = kind.to();
        if (connector >= tokens.length || !tokens[connector].is("on")) {
            return null;
        }
        List<String> words = new ArrayList<>();
        int last = -1;
        int k = connector + 1;
        while (k < tokens.length && words.size() < LONGEST_DERIVED_TITLE) {
            Token token = tokens[k];
            if (token.kind() == Token.Kind.PUNCT) {
                if (!token.is("'") && !token.is("/")) {
                    break;
                }
                k++;
                continue;
            }
            if (token.kind() == Token.Kind.NUMBER || endsTitle(text, tokens, k)) {
                break;
            }
            boolean possessive = token.is("s") && tokens[k - 1].is("'");
            if (!possessive && !FUNCTION_WORDS.contains(token.key())) {
                words.add(token.key());
            }
            last = k;
            k++;
        }
        while (last > connector && FUNCTION_WORDS.contains(tokens[last].key())) {
            last--;
        }
        if (words.isEmpty() || last <= connector) {
            return null;
        }
        String code = kind.value().code() + "-" + String.join("-", words);
        return new Found(List.of(code), kind.value().type(), false, kind.from(), last + 1, kind.start(), tokens[last].end());
    }

    /** Whether token {@code k} can no longer belong to an unknown title ("... persons that", "... persons in 2009"). */
    private boolean endsTitle(String text, Token[] tokens, int k) {
        Token token = tokens[k];
        String word = token.key();
        if (CLAUSE_WORDS.contains(word)) {
            return true;
        }
        Token next = k + 1 < tokens.length ? tokens[k + 1] : null;
        if ((word.equals("in") || word.equals("on") || word.equals("at")) && (next == null || next.kind() == Token.Kind.NUMBER)) {
            return true;
        }
        if (word.equals("and") && (next == null || !next.isWord() || next.is("the") || next.is("on") || next.is("of")
                || next.is("a") || names.longestAt(tokens, k + 1) != null || kinds.longestAt(tokens, k + 1) != null)) {
            return true;
        }
        // a lower-case past tense ends the title ("... persons recommended"), unless it is part of a compound
        // ("left-handed": the tokenizer dropped the hyphen, so the words touch but for it)
        return word.endsWith("ed") && !token.startsUpperCase() && !TITLE_PARTICIPLES.contains(word)
                && !(tokens[k - 1].end() == token.start() - 1 && Tokenizer.isHyphen(text.charAt(token.start() - 1)));
    }

    private Found withPlace(Found found, Token[] tokens) {
        int to = found.to();
        if (!found.place() || to + 1 >= tokens.length || !(tokens[to].is("for") || tokens[to].is("in"))) {
            return found;
        }
        int last = -1;
        for (int k = to + 1; k < tokens.length; k++) {
            Token token = tokens[k];
            if (token.isWord() && token.startsUpperCase() && !MONTHS.contains(token.key())) {
                last = k;
            } else if (!(last >= 0 && (token.is("and") || token.is("the") || token.is("of")))) {
                break;
            }
        }
        return last < 0 ? found
                : new Found(found.codes(), found.type(), false, found.from(), last + 1, found.start(), tokens[last].end());
    }

    /** Takes in "(CERD)" after "Committee on the Elimination of Racial Discrimination", unless it names another body. */
    private Found withAcronym(Found found, Token[] tokens) {
        int open = found.to();
        if (open + 2 >= tokens.length || !tokens[open].is("(")) {
            return found;
        }
        int close = open + 1;
        while (close < tokens.length && close <= open + 3 && !tokens[close].is(")")) {
            Token token = tokens[close];
            if (token.kind() == Token.Kind.PUNCT || (token.isWord() && !token.startsUpperCase())) {
                return found;
            }
            close++;
        }
        if (close >= tokens.length || !tokens[close].is(")") || close == open + 1 || !isAcronym(tokens[open + 1])) {
            return found;
        }
        PhraseMatcher.Match<Named> named = names.longestAt(tokens, open + 1);
        if (named != null && named.to() == close && named.value().code() != null
                && !found.codes().contains(named.value().code())) {
            return found;
        }
        return new Found(found.codes(), found.type(), false, found.from(), close + 1, found.start(), tokens[close].end());
    }

    private static boolean isAcronym(Token token) {
        int capitals = 0;
        for (int i = 0; i < token.text().length(); i++) {
            if (Character.isUpperCase(token.text().charAt(i))) {
                capitals++;
            }
        }
        return token.isWord() && capitals >= 2;
    }

    private static boolean joins(Token connector, Mandate mandate) {
        return connector.is("on") || connector.is(mandate.connector());
    }

    private static boolean isConnector(Token token) {
        return token.is("on") || token.is("in") || token.is("for");
    }

    private static final class Holder {
        static final Mechanisms INSTANCE = new Mechanisms(ReferenceFiles.json("mechanisms.json"), Instruments.load());
    }
}
