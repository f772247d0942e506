package org.upright.ingest.compilation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.common.DateRange;
import org.upright.common.NumberWords;
import org.upright.common.PartialDate;
import org.upright.ingest.model.Communications;
import org.upright.ingest.model.PlannedVisit;
import org.upright.ingest.model.Questionnaires;
import org.upright.ingest.model.SourcedNote;
import org.upright.ingest.model.SpecialProcedures;
import org.upright.ingest.model.Visit;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.LineStyle;
import org.upright.ingest.text.RefText;
import org.upright.ingest.text.SentenceSpans;
import org.upright.reference.MechanismMention;
import org.upright.reference.MechanismType;
import org.upright.reference.Mechanisms;

/**
 * The 2009 compilations' "Cooperation with special procedures" table, whose rows (standing invitation, visits,
 * visits agreed, visits requested, cooperation, follow-up, communications, questionnaires) are read from what each
 * value cell is: a Yes/No, a list of mandates with dates (done visits carry day-precise dates), or prose about
 * cooperation, communications or questionnaires.
 */
final class SpecialProceduresTable {
    static final HeaderSet HEADERS = new HeaderSet("Standing invitation issued", "Latest visits or mission reports",
            "Visits agreed upon in principle", "Visits requested and not yet agreed upon",
            "Facilitation/cooperation during missions", "Follow-up to visits",
            "Responses to letters of allegations and urgent appeals", "Responses to questionnaires on thematic issues");
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern PROSE_VERB = Pattern.compile(
            "(?i)\\b(noted|thanked|expressed|replied|responded|were sent|was sent|welcomed|appreciat\\w*|stated)\\b");
    private static final String N = NumberWords.PATTERN;
    private static final Pattern SENT = Pattern.compile(
            "(?i)\\b(" + N + ")\\s+communications?\\s+(?:were\\s+|was\\s+|have\\s+been\\s+)?(?:sent|transmitted)");
    private static final Pattern SENT_AFTER = Pattern.compile(
            "(?i)\\b(?:sent|transmitted)\\s+(?:a\\s+total\\s+of\\s+)?(" + N + ")\\s+communications?");
    private static final Pattern REPLIED = Pattern.compile(
            "(?i)\\b(?:replied|responded)\\s+to\\s+(" + N + ")\\b");
    private static final Pattern RATE = Pattern.compile("(?i)\\b(\\d{1,3})\\s*(?:per\\s*cent|%)");
    private static final Pattern ANSWERED = Pattern.compile(
            "(?i)\\b(?:responded|replied)\\s+to\\s+(" + N + ")\\s+(?:out\\s+)?of\\s+(?:the\\s+)?(" + N
            + ")\\s+questionnaires?");
    private static final Pattern NO_QUESTIONNAIRE = Pattern.compile(
            "(?i)\\b(?:not|never)\\s+(?:respond|responded|reply|replied|answer|answered)\\s+to\\s+any\\s+of\\s+(?:the\\s+)?("
            + N + ")\\s+questionnaires?");
    private static final Pattern PERIOD = Pattern.compile(
            "(?i)^((?:during|between|from|in|over|since)\\b[^,]{3,120}),");

    private final Mechanisms mechanisms;

    SpecialProceduresTable(Mechanisms mechanisms) {
        this.mechanisms = mechanisms;
    }

    /** How far (points) a row header may stand from the left column's edge: indents, not another column. */
    private static final float LABEL_COLUMN_TOLERANCE = 15;
    static final int STANDING_INVITATION = 0;
    static final int VISITS = 1;
    static final int AGREED = 2;
    static final int REQUESTED = 3;
    static final int COOPERATION = 4;
    static final int FOLLOW_UP = 5;
    static final int COMMUNICATIONS = 6;
    static final int QUESTIONNAIRES = 7;

    /** Reads the table; with positions (PDF) row by row from its row headers, else from what the cells are. */
    SpecialProcedures read(List<RefText> lines, List<DocLine> source) {
        return TableGrid.positioned(source) ? readPositioned(lines, source) : read(lines);
    }

    /** Each row's value pieces: those right of the row headers, from one row header to the next. */
    private SpecialProcedures readPositioned(List<RefText> lines, List<DocLine> source) {
        TreeSet<Integer> footnotes = new TreeSet<>();
        lines.forEach(l -> footnotes.addAll(l.numbers()));
        // Row headers stand in the left column: pieces that start where the leftmost header fragment starts.
        float labelX = Float.MAX_VALUE;
        for (DocLine line : source) {
            for (LineStyle.Segment s : line.style() == null ? List.<LineStyle.Segment>of() : line.style().segments()) {
                if (HEADERS.fragmentOf(s.text()) >= 0) {
                    labelX = Math.min(labelX, s.x());
                }
            }
        }
        List<List<RefText>> rows = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rows.add(new ArrayList<>());
        }
        int current = -1;
        for (DocLine line : source) {
            for (LineStyle.Segment s : line.style() == null ? List.<LineStyle.Segment>of() : line.style().segments()) {
                if (Math.abs(s.x() - labelX) < LABEL_COLUMN_TOLERANCE && HEADERS.fragmentOf(s.text()) >= 0) {
                    // A row header wraps over lines ("Visits requested and not yet agreed" / "upon"): a piece that
                    // belongs to the current header continues it, even if it could also belong to another.
                    if (current < 0 || !HEADERS.isFragmentOf(current, s.text())) {
                        current = HEADERS.fragmentOf(s.text());
                    }
                } else if (current >= 0) {
                    rows.get(current).add(new RefText(s.text(), s.refs()));
                }
            }
        }
        RefText[] cell = new RefText[8];
        for (int i = 0; i < 8; i++) {
            cell[i] = RefText.join(rows.get(i));
        }
        String standing = cell[STANDING_INVITATION].text().strip();
        List<Visit> visits = new ArrayList<>();
        for (Entry e : entries(cell[VISITS])) {
            visits.add(new Visit(e.mandate, e.dates == null ? null : e.dates.start().toString(),
                    e.dates == null ? null : e.dates.end().toString(), e.footnote));
        }
        return new SpecialProcedures(
                standing.isEmpty() ? null : standing.toLowerCase(Locale.ROOT).startsWith("yes"),
                visits, planned(cell[AGREED]), planned(cell[REQUESTED]), notes(cell[COOPERATION]),
                notes(cell[FOLLOW_UP]),
                cell[COMMUNICATIONS].text().isBlank() ? null : communications(cell[COMMUNICATIONS].text()),
                cell[QUESTIONNAIRES].text().isBlank() ? null : questionnaires(cell[QUESTIONNAIRES].text()),
                List.copyOf(footnotes));
    }

    private List<PlannedVisit> planned(RefText cell) {
        List<PlannedVisit> planned = new ArrayList<>();
        for (Entry e : entries(cell)) {
            planned.add(new PlannedVisit(e.mandate, e.dateText,
                    PartialDate.find(e.dateText).map(PartialDate::toString).orElse(null), e.footnote));
        }
        return planned;
    }

    private List<SourcedNote> notes(RefText cell) {
        List<SourcedNote> notes = new ArrayList<>();
        if (cell.text().isBlank() || Cells.isDash(cell.text()) || cell.text().strip().equalsIgnoreCase("none")) {
            return notes;
        }
        for (RefText sentence : SentenceSpans.split(cell)) {
            notes.add(new SourcedNote(sentence.text(), speaker(sentence.text()),
                    sentence.refs().isEmpty() ? null : sentence.refs().get(0).number()));
        }
        return notes;
    }

    SpecialProcedures read(List<RefText> lines) {
        TreeSet<Integer> footnotes = new TreeSet<>();
        lines.forEach(l -> footnotes.addAll(l.numbers()));
        List<RefText> cells = cells(lines);
        Boolean standing = null;
        List<Visit> visits = new ArrayList<>();
        List<List<PlannedVisit>> planned = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>()));
        int nextPlanned = 0;
        boolean visitsSeen = false;
        List<SourcedNote> cooperation = new ArrayList<>();
        List<SourcedNote> followUp = new ArrayList<>();
        StringBuilder communications = new StringBuilder();
        StringBuilder questionnaires = new StringBuilder();
        for (RefText cell : cells) {
            String text = cell.text();
            String lower = text.toLowerCase(Locale.ROOT);
            if (standing == null && text.matches("(?i)yes|no")) {
                standing = text.equalsIgnoreCase("yes");
            } else if (Cells.isDash(text) || text.equalsIgnoreCase("none")) {
                if (!visitsSeen) {
                    visitsSeen = true;
                } else if (nextPlanned < 2) {
                    nextPlanned++;
                }
            } else if (lower.contains("questionnaire")) {
                questionnaires.append(' ').append(text);
            } else if (lower.contains("communication")) {
                // One row's sentences may come as several cells; they are read together.
                communications.append(' ').append(text);
            } else if (isMandateList(text)) {
                List<Entry> entries = entries(cell);
                boolean done = !entries.isEmpty() && entries.stream().allMatch(e -> e.dates != null && e.dates.dayPrecise());
                if (done) {
                    visitsSeen = true;
                    entries.forEach(e -> visits.add(new Visit(e.mandate, e.dates.start().toString(),
                            e.dates.end().toString(), e.footnote)));
                    continue;
                }
                visitsSeen = true;
                for (Entry e : entries) {
                    int slot = e.dateText.toLowerCase(Locale.ROOT).contains("request") ? 1 : Math.min(nextPlanned, 1);
                    planned.get(slot).add(new PlannedVisit(e.mandate, e.dateText,
                            PartialDate.find(e.dateText).map(PartialDate::toString).orElse(null), e.footnote));
                }
                nextPlanned = Math.min(nextPlanned + 1, 2);
            } else {
                List<SourcedNote> target = lower.contains("follow-up") || lower.contains("follow up")
                        ? followUp : cooperation;
                for (RefText sentence : SentenceSpans.split(cell)) {
                    target.add(new SourcedNote(sentence.text(), speaker(sentence.text()),
                            sentence.refs().isEmpty() ? null : sentence.refs().get(0).number()));
                }
            }
        }
        return new SpecialProcedures(standing, visits, planned.get(0), planned.get(1), cooperation, followUp,
                communications.isEmpty() ? null : communications(communications.toString().strip()),
                questionnaires.isEmpty() ? null : questionnaires(questionnaires.toString().strip()),
                List.copyOf(footnotes));
    }

    /** Groups value lines into cells: a cell ends with its block, or where an item or sentence ends and a new one starts. */
    private List<RefText> cells(List<RefText> lines) {
        List<RefText> cells = new ArrayList<>();
        for (List<RefText> block : Cells.blocks(lines)) {
            List<RefText> current = new ArrayList<>();
            for (RefText line : block) {
                String text = line.text();
                if (HEADERS.fragmentOf(text) >= 0) {
                    continue;
                }
                if (!current.isEmpty() && startsNewCell(current.get(current.size() - 1).text(), text)) {
                    cells.add(RefText.join(current));
                    current = new ArrayList<>();
                }
                current.add(line);
            }
            if (!current.isEmpty()) {
                cells.add(RefText.join(current));
            }
        }
        return cells;
    }

    private static boolean startsNewCell(String previous, String line) {
        String p = previous.strip();
        if (p.matches("(?i)yes|no|none|-")) {
            return true;
        }
        boolean ended = p.endsWith(")") || p.endsWith(").") || p.endsWith("),") || p.endsWith(".");
        return ended && Character.isUpperCase(line.charAt(0));
    }

    private boolean isMandateList(String text) {
        if (PROSE_VERB.matcher(text).find()) {
            return false;
        }
        Matcher m = PARENTHESIS.matcher(text);
        while (m.find()) {
            String inside = m.group(1);
            if (PartialDate.find(inside).isPresent() || inside.toLowerCase(Locale.ROOT).contains("request")) {
                return true;
            }
        }
        return false;
    }

    /** A mandate in a list with the date in its parentheses and the footnote glued after them. */
    private record Entry(String mandate, String dateText, DateRange dates, Integer footnote) {
    }

    private static List<Entry> entries(RefText cell) {
        String text = cell.text();
        List<Entry> entries = new ArrayList<>();
        Matcher m = PARENTHESIS.matcher(text);
        int from = 0;
        while (m.find()) {
            String inside = m.group(1);
            if (PartialDate.find(inside).isEmpty() && !inside.toLowerCase(Locale.ROOT).contains("request")) {
                continue;
            }
            String mandate = text.substring(from, m.start()).strip()
                    .replaceAll("^[,;]\\s*", "").replaceAll("^and\\s+", "").replaceAll("[,;]\\s*$", "").strip();
            int after = m.end();
            Integer footnote = null;
            List<Integer> glued = cell.numbersIn(after, Math.min(text.length(), after + 1));
            if (!glued.isEmpty()) {
                footnote = glued.get(0);
            }
            from = after;
            entries.add(new Entry(mandate, inside.strip(), DateRange.find(inside).orElse(null), footnote));
        }
        return entries;
    }

    private String speaker(String sentence) {
        for (MechanismMention mention : mechanisms.findMentions(sentence)) {
            if (mention.type() == MechanismType.SPECIAL_PROCEDURE && !mention.codes().isEmpty()) {
                return mention.codes().get(0);
            }
        }
        return null;
    }

    private static Communications communications(String text) {
        Integer sent = number(SENT, text, 1).orElse(number(SENT_AFTER, text, 1).orElse(null));
        Integer replied = number(REPLIED, text, 1).orElse(null);
        Matcher rate = RATE.matcher(text);
        Integer percent = rate.find() ? Integer.valueOf(rate.group(1)) : null;
        Matcher period = PERIOD.matcher(text);
        return new Communications(sent, replied, percent, period.find() ? period.group(1).strip() : null);
    }

    private static Questionnaires questionnaires(String text) {
        Matcher m = ANSWERED.matcher(text);
        if (m.find()) {
            OptionalInt answered = NumberWords.parse(m.group(1));
            OptionalInt sent = NumberWords.parse(m.group(2));
            return new Questionnaires(sent.isPresent() ? sent.getAsInt() : null,
                    answered.isPresent() ? answered.getAsInt() : null);
        }
        Matcher none = NO_QUESTIONNAIRE.matcher(text);
        if (none.find()) {
            OptionalInt sent = NumberWords.parse(none.group(1));
            return new Questionnaires(sent.isPresent() ? sent.getAsInt() : null, 0);
        }
        return new Questionnaires(null, null);
    }

    private static Optional<Integer> number(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        OptionalInt value = NumberWords.parse(m.group(group));
        return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
    }
}
