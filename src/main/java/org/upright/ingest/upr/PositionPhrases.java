package org.upright.ingest.upr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words by which UPR documents state a position on recommendations: "enjoy the support of", "X supports / accepts
 * recommendations ...", "are accepted" (Supported); "did not enjoy the support", "notes / takes note of
 * recommendations", "cannot accept", "rejects", "would thus be noted" (Noted); "will be examined by X, which will
 * provide responses" (no position yet). A verb counts only with a recommendation as its object, so that "notes that
 * ..." or "supports new programmes" say nothing about positions.
 */
final class PositionPhrases {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Up to five words, none of them starting a subordinate clause, then a recommendation or its number. */
    private static final String OBJECT = "(?:(?!that\\b|which\\b|who\\b|of\\b)[\\p{L}\\d’'\\-]+,?\\s+){0,5}?"
            + "(?:recommendations?\\b|\\d{1,3}\\.\\d{1,3}\\b)";
    private static final Pattern SUPPORT_VERB = Pattern.compile("\\b(?:accept(?:s|ed|ing)?|support(?:s|ed|ing)?"
            + "|endorse[sd]?|agree[sd]?\\s+(?:with|to))\\s+(?:(?:in\\s+part|partially|fully),?\\s+)?" + OBJECT, FLAGS);
    private static final Pattern ENJOY = Pattern.compile("\\b(?:enjoy(?:s|ed)?|ha(?:s|ve|d)|receive[sd]?)"
            + "(?:\\s+(?:the|its|their|full|general|broad))*\\s+support\\b", FLAGS);
    private static final Pattern SUPPORT_PASSIVE = Pattern.compile("\\b(?:is|are|was|were|be|been|being)\\s+"
            + "(?:[\\p{L}]+\\s+){0,2}?(?:accepted|supported|endorsed)\\b", FLAGS);
    private static final Pattern NOTE_VERB = Pattern.compile("\\b(?:not(?:e|es|ed|ing)|ta(?:ke|kes|king|ken|ook)"
            + "\\s+note\\s+of|reject(?:s|ed|ing)?|decline[sd]?)\\s+" + OBJECT, FLAGS);
    private static final Pattern NOTE_PASSIVE = Pattern.compile("\\b(?:is|are|was|were|be|been|being)\\s+"
            + "(?:[\\p{L}]+\\s+){0,2}?(?:noted(?!\\s+that)|rejected|declined)\\b", FLAGS);
    private static final Pattern NO_COMMITMENT = Pattern.compile("\\b(?:cannot|can\\s+not|unable\\s+to|not\\s+in\\s+"
            + "a\\s+position\\s+to)\\b[^.;]{0,40}?\\b(?:make|give|take|provide|adopt|express)\\s+(?:a\\s+|any\\s+)?"
            + "(?:definitive|final|definite|firm|clear)\\s+(?:statement|position|decision|answer)", FLAGS);
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|cannot|can't|unable\\s+to|no\\s+longer"
            + "|neither|nor|never|not\\s+in\\s+a\\s+position\\s+to)(?:\\s+[\\p{L}]+){0,2}\\s*$", FLAGS);
    private static final Pattern NEGATED_INSIDE = Pattern.compile("\\bnot\\b", FLAGS);
    private static final Pattern PENDING = Pattern.compile("\\bwill\\s+(?:be\\s+)?examine[ds]?\\b"
            + "|\\bwill\\s+(?:provide|give|submit)\\s+(?:its\\s+|their\\s+)?(?:responses?|replies|answers)\\b"
            + "|\\bwill\\s+be\\s+(?:further\\s+)?considered\\b", FLAGS);
    private static final Pattern HEADING = Pattern.compile("\\b(?:(accepted|supported)|(noted|rejected))\\s+"
            + "(?:[\\p{L}]+\\s+)?recommendations?\\b|\\brecommendations?\\s+(?:[\\p{L}]+\\s+)?(?:(accepted|supported)"
            + "|(noted|rejected))\\b", FLAGS);
    private static final String CELL = "(?:(?:partially|partly)\\s+)?(not\\s+)?(supported|accepted|noted|rejected)"
            + "(?:\\s+(?:in\\s+part|partially))?(?![\\p{L}\\-])";
    private static final Pattern BARE = Pattern.compile(CELL, FLAGS);
    private static final Pattern WHOLE_CELL = Pattern.compile(CELL + "[.;]?", FLAGS);
    /** A position after a recommendation in a table row, or labelled: "(Brazil); Supported", "Response: Noted". */
    private static final Pattern AFTER_STATES = Pattern.compile("(?:\\)\\s*[;.]?|\\b(?:response|position|reply|answer)"
            + "\\s*[:\\-–])\\s+" + CELL, FLAGS);
    private static final int LOOK_BACK = 40;

    private PositionPhrases() {
    }

    /** Where a text states a position, and which. */
    record Hit(int start, int end, Position position) {
    }

    /** Every position statement of a text, in order. */
    static List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        add(hits, text, SUPPORT_VERB, Position.SUPPORTED);
        add(hits, text, ENJOY, Position.SUPPORTED);
        add(hits, text, SUPPORT_PASSIVE, Position.SUPPORTED);
        add(hits, text, NOTE_VERB, Position.NOTED);
        add(hits, text, NOTE_PASSIVE, Position.NOTED);
        add(hits, text, NO_COMMITMENT, Position.NOTED);
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    private static void add(List<Hit> hits, String text, Pattern pattern, Position position) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Position found = position;
            if (position == Position.SUPPORTED && negated(text, m.start(), m.end())) {
                found = Position.NOTED; // "did not enjoy the support", "cannot accept", "are not accepted"
            }
            hits.add(new Hit(m.start(), m.end(), found));
        }
    }

    private static boolean negated(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - LOOK_BACK), start);
        String verb = text.substring(start, end);
        return NEGATION.matcher(before).find() || NEGATED_INSIDE.matcher(verb.split("\\s+(?=\\S+$)")[0]).find();
    }

    /**
     * The position a text states as a whole: Supported when it supports, even in part ("accepts the recommendation
     * regarding free legal aid ... cannot accept the recommendation on specialised courts" is a partly supported
     * recommendation, which UPR practice counts as supported); Noted when it only notes or refuses; else empty.
     */
    static Optional<Position> overall(List<Hit> hits) {
        if (hits.stream().anyMatch(h -> h.position() == Position.SUPPORTED)) {
            return Optional.of(Position.SUPPORTED);
        }
        return hits.isEmpty() ? Optional.empty() : Optional.of(Position.NOTED);
    }

    static Optional<Position> of(String text) {
        return overall(find(text));
    }

    /** Whether the text defers the position: "will be examined by X, which will provide responses in due time". */
    static boolean defers(String text) {
        return PENDING.matcher(text).find();
    }

    /** The position a heading names: "Accepted recommendations", "Noted recommendations", "Recommendations noted". */
    static Optional<Position> ofHeading(String heading) {
        Matcher m = HEADING.matcher(heading);
        if (!m.find()) {
            return of(heading);
        }
        boolean supports = (m.group(1) != null || m.group(3) != null) && !NEGATED_INSIDE.matcher(m.group()).find();
        return Optional.of(supports ? Position.SUPPORTED : Position.NOTED);
    }

    /** The position a table cell holds when it holds nothing else: "Supported", "Noted.", "Accepted in part". */
    static Optional<Position> cell(String cell) {
        Matcher m = WHOLE_CELL.matcher(cell.strip());
        return m.matches() ? bare(m.group()) : Optional.empty();
    }

    /**
     * The position a table cell gives alone, at the start of a row's text or after the recommending States:
     * "Supported", "Noted", "Accepted in part", "Not accepted".
     */
    static Optional<Position> bare(String text) {
        Matcher m = BARE.matcher(text);
        if (!m.lookingAt()) {
            m = AFTER_STATES.matcher(text);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        String word = m.group(2).toLowerCase(java.util.Locale.ROOT);
        boolean supports = word.equals("supported") || word.equals("accepted");
        return Optional.of(supports && m.group(1) == null ? Position.SUPPORTED : Position.NOTED);
    }
}
