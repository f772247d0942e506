package org.upright.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of the instruments as a tree of words, read the way prose writes them: by code (in capitals), alias,
 * full name, or a distinctive beginning of a full name ("the Convention against Torture" for CAT), ignoring the
 * commas of a name and tolerating a plural ending ("the Convention on Enforced Disappearances").
 *
 * <p>Not a {@link PhraseMatcher}, whose contract differs on each point a name in running text needs. It gives the
 * longest whole phrase that fits at a place, whereas a beginning of a name counts only if the words read so far
 * belong to one instrument and the text's own phrase ends there, so a reading weighs every node passed on the way,
 * from the longest back, against the token after it. It has no room for a plural or a comma along the path, nor for
 * the length of a walk that names nothing, which is what lets {@link InstrumentNameReader} step over an unknown
 * instrument's name. And it wants an initial capital wherever a phrase has one, which prose writing "the optional
 * protocol" does not keep: here only words of two capitals or more, the codes, must keep theirs.
 */
final class InstrumentNameTree {
    private static final Set<String> STOP_WORDS = Set.of("the", "of", "on", "to", "for", "and", "against", "in",
            "with", "from", "at", "relating", "all", "a", "an", "no", "nos", "its", "their", "by");
    /** Nouns whose plural names several instruments ("Protocols"), unlike a name's own plural ("Disappearances"). */
    private static final Set<String> INSTRUMENT_NOUNS = Set.of("protocol", "convention", "covenant", "statute");

    private final Node root = new Node();

    /** The codes, aliases and full names of the core instruments, then the others: a mention lists them so. */
    InstrumentNameTree(List<Instrument> core, List<RelatedInstrument> others) {
        for (Instrument instrument : core) {
            Target target = Target.of(instrument);
            add(instrument.code(), target);
            instrument.aliases().forEach(alias -> add(alias, target));
            nameVariants(instrument, core).forEach(name -> add(name, target));
        }
        for (RelatedInstrument instrument : others) {
            Target target = Target.of(instrument);
            add(instrument.code(), target);
            add(instrument.name(), target);
            instrument.aliases().forEach(alias -> add(alias, target));
        }
    }

    /** The instruments whose code, alias or name is exactly these comparison keys ("1954", "convention"). */
    List<Target> exactly(String... keys) {
        Node node = root;
        for (String key : keys) {
            node = node.children.get(key);
            if (node == null) {
                return List.of();
            }
        }
        return List.copyOf(node.exact);
    }

    /**
     * What the tree reads from {@code tokens[i]}: the longest reading of the words it can follow, being a whole code,
     * alias or name, or the beginning of names that all belong to one instrument if it ends on a content word where
     * the text's own phrase ends too; with the number of words followed either way. Plurals are left to the caller:
     * "the Optional Protocols to the Convention" names no instrument here.
     */
    Reading read(Token[] tokens, int i, Integer year) {
        List<Step> steps = walk(tokens, i);
        for (int s = steps.size() - 1; s >= 0; s--) {
            Step step = steps.get(s);
            if (step.plural()) {
                continue;
            }
            int last = step.index();
            if (!step.node().exact.isEmpty()) {
                return new Reading(last + 1, List.copyOf(step.node().exact), steps.size());
            }
            int length = s + 1;
            Token next = last + 1 < tokens.length ? tokens[last + 1] : null;
            if (length >= 3 && isContent(tokens[last]) && (length >= 6 || endsPhrase(next))) {
                List<Target> chosen = choose(step.node().below, false, false, year);
                // a shorter beginning is no less ambiguous
                return chosen.isEmpty() ? new Reading(i, chosen, steps.size())
                        : new Reading(last + 1, chosen, steps.size());
            }
        }
        return new Reading(i, List.of(), steps.size());
    }

    /**
     * One instrument, or in the plural all of them; instruments adopted after the year of the text are dropped when
     * that settles an ambiguity, and "both" takes the two adopted first. Empty when a singular stays ambiguous.
     */
    static List<Target> choose(Set<Target> candidates, boolean plural, boolean both, Integer year) {
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

    private List<Step> walk(Token[] tokens, int i) {
        List<Step> steps = new ArrayList<>();
        Node node = root;
        boolean plural = false;
        for (int j = i; j < tokens.length; j++) {
            Token token = tokens[j];
            if (token.is(",") && node != root) {
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
        return steps;
    }

    private void add(String phrase, Target target) {
        Node node = root;
        for (Token token : Tokenizer.tokenize(phrase)) {
            if (token.is(",")) {
                continue;
            }
            node = node.children.computeIfAbsent(token.key(), k -> new Node());
            // a code such as "CAT" must be written in capitals: "cat" is not the Convention
            node.acronym |= capitals(token.text()) >= 2;
            node.below.add(target);
        }
        if (node != root) {
            node.exact.add(target);
        }
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

    private static boolean isContent(Token token) {
        return token.isWord() && !STOP_WORDS.contains(token.key());
    }

    /** Whether a name may end before this token: at punctuation, a lower-case word or the end of the text. */
    private static boolean endsPhrase(Token next) {
        return next == null || next.kind() == Token.Kind.PUNCT
                || next.isWord() && Character.isLowerCase(next.text().charAt(0));
    }

    private static boolean allCapitals(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
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

    /** An instrument a name stands for, with its adoption year (0 when unknown) to settle ambiguous names. */
    record Target(String code, boolean core, int adopted) {

        static Target of(Instrument instrument) {
            return new Target(instrument.code(), true, adopted(instrument.adoptedYear()));
        }

        static Target of(RelatedInstrument instrument) {
            return new Target(instrument.code(), false, adopted(instrument.adoptedYear()));
        }

        private static int adopted(Integer year) {
            return year == null ? 0 : year;
        }
    }

    /**
     * The instruments read from a token up to token {@code to} (exclusive; the token itself when none was read), and
     * the number of words the tree followed, commas aside.
     */
    record Reading(int to, List<Target> targets, int walked) {
    }

    private record Step(Node node, int index, boolean plural) {
    }

    /** A node of the tree: the instruments whose names end here, and those whose names pass through. */
    private static final class Node {
        private final Map<String, Node> children = new HashMap<>();
        private final Set<Target> exact = new LinkedHashSet<>();
        private final Set<Target> below = new LinkedHashSet<>();
        private boolean acronym;
    }
}
