package org.upright.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads running text left to right for the instruments it names: the names of {@link InstrumentNameTree}, and the
 * names that only make sense in context, "its Optional Protocol", "the Optional Protocols to the CRC", "the 1954 and
 * 1961 Conventions".
 *
 * <p>The contextual names are read here, in the same pass, rather than by callers afterwards: each is tried only
 * where no plain name was read, and reading one moves the pass past it, so where the pass stands next (and what
 * "its" refers to) depends on both kinds.
 */
final class InstrumentNameReader {
    private static final Pattern ORDINAL = Pattern.compile("^(?:First|Second|Third|Fourth) (.+)$");

    private final InstrumentNameTree tree;
    private final Map<String, List<Protocol>> protocols = new HashMap<>();

    InstrumentNameReader(List<Instrument> core, List<RelatedInstrument> others) {
        tree = new InstrumentNameTree(core, others);
        for (Instrument instrument : core) {
            Matcher ordinal = ORDINAL.matcher(instrument.name());
            boolean numbered = ordinal.matches();
            String unnumbered = numbered ? ordinal.group(1) : instrument.name();
            for (Instrument treaty : core) {
                if (treaty != instrument && unnumbered.startsWith("Optional Protocol to the " + treaty.name())) {
                    protocols.computeIfAbsent(treaty.code(), k -> new ArrayList<>())
                            .add(new Protocol(InstrumentNameTree.Target.of(instrument), numbered));
                }
            }
        }
    }

    /** The instruments the text names, left to right; {@code year}, if known, settles ambiguous names. */
    List<InstrumentNameMention> read(String text, Integer year) {
        Token[] tokens = Tokenizer.tokenize(text);
        List<InstrumentNameMention> mentions = new ArrayList<>();
        InstrumentNameTree.Target lastCore = null;
        int i = 0;
        while (i < tokens.length) {
            if (tokens[i].kind() == Token.Kind.PUNCT) {
                i++;
                continue;
            }
            Mention mention = yearList(tokens, i);
            int walked = 0;
            if (mention == null) {
                InstrumentNameTree.Reading reading = tree.read(tokens, i, year);
                mention = reading.targets().isEmpty() ? protocolsOf(tokens, i, lastCore, year)
                        : new Mention(i, reading.to(), reading.targets());
                walked = reading.walked();
            }
            if (mention != null) {
                List<String> codes = new ArrayList<>();
                for (InstrumentNameTree.Target target : mention.targets()) {
                    codes.add(target.code());
                    if (target.core()) {
                        lastCore = target;
                    }
                }
                mentions.add(new InstrumentNameMention(tokens[mention.from()].start(),
                        tokens[mention.to() - 1].end(), codes));
                i = mention.to();
            } else if (walked >= 3) {
                // most of an unknown instrument's name ("the Convention on the non-applicability of ..."): none of
                // its words is a mention of its own
                i = tokensUpTo(tokens, i, walked);
            } else {
                i++;
            }
        }
        return mentions;
    }

    /** The index after the given number of tokens from {@code i}, commas not counted, as the tree skips them. */
    private static int tokensUpTo(Token[] tokens, int i, int steps) {
        int j = i;
        int seen = 0;
        while (j < tokens.length && seen < steps) {
            if (!tokens[j].is(",")) {
                seen++;
            }
            j++;
        }
        return j;
    }

    /**
     * The optional protocols of a core instrument: "the Optional Protocols to the CRC", "both Optional Protocols to
     * ICCPR", or of the last core instrument named: "its Optional Protocol", "the Optional Protocol thereto". A
     * singular names the protocol only where the instrument has one (apart from a "Second Optional Protocol").
     */
    private Mention protocolsOf(Token[] tokens, int i, InstrumentNameTree.Target lastCore, Integer year) {
        if (i + 1 >= tokens.length || !tokens[i].is("optional") || !tokens[i + 1].key().startsWith("protocol")) {
            return null;
        }
        boolean plural = tokens[i + 1].is("protocols");
        InstrumentNameTree.Target parent = null;
        int to = i + 2;
        if (to < tokens.length && tokens[to].is("to")) {
            int j = to + 1 < tokens.length && tokens[to + 1].is("the") ? to + 2 : to + 1;
            InstrumentNameTree.Reading treaty = j < tokens.length ? tree.read(tokens, j, year) : null;
            if (treaty != null && treaty.targets().size() == 1 && treaty.targets().get(0).core()) {
                parent = treaty.targets().get(0);
                to = treaty.to();
            }
        } else if (to < tokens.length && tokens[to].is("thereto")) {
            parent = lastCore;
            to++;
        } else if (i > 0 && isPossessive(tokens[i - 1]) || i > 1 && isPossessive(tokens[i - 2])) {
            parent = lastCore;
        }
        if (parent == null) {
            return null;
        }
        Set<InstrumentNameTree.Target> candidates = new LinkedHashSet<>();
        for (Protocol protocol : protocols.getOrDefault(parent.code(), List.of())) {
            if (plural || !protocol.ordinal()) {
                candidates.add(protocol.target());
            }
        }
        boolean both = i > 0 && (tokens[i - 1].is("both") || tokens[i - 1].is("two"));
        List<InstrumentNameTree.Target> chosen = InstrumentNameTree.choose(candidates, plural, both, year);
        return chosen.isEmpty() ? null : new Mention(i, to, chosen);
    }

    /** "the 1954 and 1961 Conventions": each year's instrument the reference data names so ("1954 Convention"). */
    private Mention yearList(Token[] tokens, int i) {
        if (!isYear(tokens[i])) {
            return null;
        }
        List<String> years = new ArrayList<>(List.of(tokens[i].key()));
        int j = i + 1;
        while (j + 1 < tokens.length && (tokens[j].is(",") || tokens[j].is("and")) && isYear(tokens[j + 1])) {
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
        List<InstrumentNameTree.Target> targets = new ArrayList<>();
        for (String year : years) {
            targets.addAll(tree.exactly(year, kind.substring(0, kind.length() - 1)));
        }
        return targets.isEmpty() ? null : new Mention(i, j + 1, List.copyOf(targets));
    }

    private static boolean isPossessive(Token token) {
        return token.is("its") || token.is("their");
    }

    private static boolean isYear(Token token) {
        return token.kind() == Token.Kind.NUMBER && token.key().length() == 4
                && (token.key().startsWith("19") || token.key().startsWith("20"));
    }

    /** An optional protocol of a core instrument; ordinal when its name starts "Second Optional Protocol". */
    private record Protocol(InstrumentNameTree.Target target, boolean ordinal) {
    }

    /** Instruments named by tokens [from, to). */
    private record Mention(int from, int to, List<InstrumentNameTree.Target> targets) {
    }
}
