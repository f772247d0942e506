package org.upright.ingest.compilation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.upright.common.PartialDate;
import org.upright.ingest.model.TreatyBodyReport;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.RefText;
import org.upright.reference.Instruments;
import org.upright.reference.MechanismMention;
import org.upright.reference.MechanismType;
import org.upright.reference.Mechanisms;

/**
 * The 2009 compilations' "Cooperation with treaty bodies" table (treaty body, latest report submitted and
 * considered, latest concluding observations, follow-up response, reporting status), rebuilt from what the cells
 * say, because text extraction emits the columns as runs in an order that does not follow the rows.
 *
 * <p>The rules come from how the table works: every body has a reporting status, so status cells fill the rows
 * in order (a status printed right under its header is the first row's, since the header and the top cell are
 * extracted together); a body whose status is about its initial report has never had a report considered, so it
 * has no report or concluding-observations dates; dates of a report and of the concluding observations on it come
 * as two equal runs, the observations no earlier than the report; and a follow-up reply is due within about a year
 * of the concluding observations it answers.
 */
final class ReportingTable {
    static final HeaderSet HEADERS = new HeaderSet("Treaty body", "Latest report submitted and considered",
            "Latest concluding observations", "Follow-up response", "Reporting status");
    static final int BODY = 0;
    static final int REPORT = 1;
    static final int OBSERVATIONS = 2;
    static final int FOLLOW_UP = 3;
    static final int STATUS = 4;
    private static final int FOLLOW_UP_MONTHS = 24;

    private final Mechanisms mechanisms;
    private final Instruments instruments;

    ReportingTable(Mechanisms mechanisms, Instruments instruments) {
        this.mechanisms = mechanisms;
        this.instruments = instruments;
    }

    /** A cell after joining its lines, with the header it sits right under, if any. */
    private record Cell(String text, int block, int underHeader) {
    }

    /** Reads the table; with positions (PDF) from where the cells stand, else from what the cells are. */
    List<TreatyBodyReport> read(List<RefText> lines, List<DocLine> source, List<String> warnings) {
        if (!TableGrid.positioned(source)) {
            return read(lines, warnings);
        }
        TableGrid grid = TableGrid.build(source, HEADERS, this::isRowLabel);
        List<TreatyBodyReport> result = new ArrayList<>();
        for (int r = 0; r < grid.rows(); r++) {
            String status = cellText(grid, r, STATUS);
            result.add(new TreatyBodyReport(grid.label(r), dateOf(cellText(grid, r, REPORT)),
                    dateOf(cellText(grid, r, OBSERVATIONS)), cellText(grid, r, FOLLOW_UP), status, statusKind(status),
                    status == null ? null : lastDate(status)));
        }
        return result;
    }

    private static String cellText(TableGrid grid, int row, int header) {
        String text = grid.cell(row, header).text().strip();
        return text.isEmpty() || Cells.isDash(text) ? null : text;
    }

    private static String dateOf(String text) {
        return text == null ? null : PartialDate.find(text).map(PartialDate::toString).orElse(null);
    }

    /** Reads the text form of the table: cells in column runs, without positions. */
    List<TreatyBodyReport> read(List<RefText> lines, List<String> warnings) {
        List<String> rows = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        List<List<RefText>> blocks = Cells.blocks(lines);
        for (int b = 0; b < blocks.size(); b++) {
            List<RefText> block = blocks.get(b);
            int header = -1;
            for (int i = 0; i < block.size(); i++) {
                String text = block.get(i).text();
                if (isRowLabel(text)) {
                    rows.add(text);
                    header = -1;
                    continue;
                }
                if (HEADERS.fragmentOf(text) >= 0) {
                    header = HEADERS.endOf(text);
                    continue;
                }
                StringBuilder cell = new StringBuilder(text);
                while (i + 1 < block.size() && !Cells.isDash(block.get(i + 1).text())
                        && Cells.continues(cell.toString(), block.get(i + 1).text())
                        && HEADERS.fragmentOf(block.get(i + 1).text()) < 0) {
                    cell.append(' ').append(block.get(++i).text());
                }
                cells.add(new Cell(cell.toString(), b, header));
            }
        }
        long statuses = cells.stream().filter(c -> isStatus(c.text)).count();
        if (statuses != rows.size()) {
            warnings.add("reporting table: " + rows.size() + " treaty bodies but " + statuses
                    + " reporting-status cells; they were given to rows in order");
        }
        return assemble(rows, cells);
    }

    private boolean isRowLabel(String text) {
        if (instruments.byAbbreviation(text).isPresent() && text.toUpperCase(Locale.ROOT).startsWith("OP")) {
            return true; // the optional protocols to CRC report separately and have rows of their own
        }
        List<MechanismMention> mentions = mechanisms.findMentions(text);
        return mentions.size() == 1 && mentions.get(0).type() == MechanismType.TREATY_BODY
                && mentions.get(0).start() == 0 && mentions.get(0).end() >= text.strip().length();
    }

    private static boolean isStatus(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("follow-up") || t.contains("follow up")) {
            return false; // "Follow-up report submitted in 2007" answers the observations
        }
        return t.matches(".*\\breports?\\b.*") || t.startsWith("information");
    }

    private static boolean isBareDate(String text) {
        return PartialDate.isDateOnly(text);
    }

    private List<TreatyBodyReport> assemble(List<String> rows, List<Cell> cells) {
        int n = rows.size();
        String[] report = new String[n];
        String[] observations = new String[n];
        String[] followUp = new String[n];
        String[] status = new String[n];

        List<Cell> statuses = cells.stream().filter(c -> isStatus(c.text)).toList();
        for (Cell c : statuses) {
            if (c.underHeader == STATUS) {
                placeNext(status, c.text);
            }
        }
        for (Cell c : statuses) {
            if (c.underHeader != STATUS) {
                placeNext(status, c.text);
            }
        }

        placeDates(cells, status, report, observations);
        placeFollowUps(cells, observations, followUp);

        List<TreatyBodyReport> result = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            String s = status[r];
            result.add(new TreatyBodyReport(rows.get(r), report[r], observations[r], followUp[r], s, statusKind(s),
                    s == null ? null : lastDate(s)));
        }
        return result;
    }

    /**
     * Report and observation dates come as runs (a block's date cells, with any "-" between them kept as an empty
     * row). A run with such placeholders covers consecutive rows from the top; runs without them go to the rows
     * that can have dates at all, those whose status is not about the initial report.
     */
    private static void placeDates(List<Cell> cells, String[] status, String[] report, String[] observations) {
        int n = status.length;
        List<List<PartialDate>> runs = new ArrayList<>();
        boolean placeholders = false;
        List<Cell> block = new ArrayList<>();
        for (int i = 0; i <= cells.size(); i++) {
            Cell c = i < cells.size() ? cells.get(i) : null;
            if (c != null && (block.isEmpty() || block.get(0).block == c.block)
                    && (isBareDate(c.text) || Cells.isDash(c.text))) {
                block.add(c);
                continue;
            }
            List<PartialDate> run = dateRun(block);
            if (!run.isEmpty()) {
                runs.add(run);
                placeholders |= run.contains(null);
            }
            block = new ArrayList<>();
            if (c != null && (isBareDate(c.text) || Cells.isDash(c.text))) {
                block.add(c);
            }
        }
        List<PartialDate[]> pairs = pairUp(runs);
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            boolean initial = status[r] != null && status[r].toLowerCase(Locale.ROOT).contains("initial");
            if (placeholders || !initial) {
                rows.add(r);
            }
        }
        if (pairs.size() > rows.size()) {
            rows.clear();
            for (int r = 0; r < n; r++) {
                rows.add(r);
            }
        }
        for (int i = 0; i < pairs.size() && i < rows.size(); i++) {
            int r = rows.get(i);
            report[r] = pairs.get(i)[0] == null ? null : pairs.get(i)[0].toString();
            observations[r] = pairs.get(i)[1] == null ? null : pairs.get(i)[1].toString();
        }
    }

    /** The dates of a block, "-" between dates kept as null; a block with no date gives an empty run. */
    private static List<PartialDate> dateRun(List<Cell> block) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < block.size(); i++) {
            if (isBareDate(block.get(i).text)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        List<PartialDate> run = new ArrayList<>();
        for (int i = first; first >= 0 && i <= last; i++) {
            run.add(PartialDate.parse(block.get(i).text).orElse(null));
        }
        return run;
    }

    /**
     * Follow-up cells are what is neither a date, a status nor part of a date run. When they fill the column
     * (one cell, or "-", per row, in one block) they go in row order; otherwise each goes to the row whose
     * concluding observations it follows up: the latest ones shortly before its date.
     */
    private static void placeFollowUps(List<Cell> cells, String[] observations, String[] followUp) {
        List<List<Cell>> blocks = new ArrayList<>();
        for (Cell c : cells) {
            boolean followUpCell = !isStatus(c.text) && !isBareDate(c.text);
            if (!followUpCell) {
                continue;
            }
            if (Cells.isDash(c.text) && insideDateRun(cells, c)) {
                continue;
            }
            if (blocks.isEmpty() || blocks.get(blocks.size() - 1).get(0).block != c.block) {
                blocks.add(new ArrayList<>());
            }
            blocks.get(blocks.size() - 1).add(c);
        }
        for (List<Cell> block : blocks) {
            if (block.size() == followUp.length) {
                for (int r = 0; r < followUp.length; r++) {
                    followUp[r] = Cells.isDash(block.get(r).text) ? null : block.get(r).text;
                }
                return;
            }
        }
        for (List<Cell> block : blocks) {
            for (Cell c : block) {
                if (!Cells.isDash(c.text)) {
                    int r = followUpRow(c.text, observations, followUp);
                    if (r >= 0) {
                        followUp[r] = c.text;
                    }
                }
            }
        }
    }

    private static boolean insideDateRun(List<Cell> cells, Cell dash) {
        boolean before = false;
        boolean after = false;
        int at = cells.indexOf(dash);
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.block == dash.block && isBareDate(c.text)) {
                before |= i < at;
                after |= i > at;
            }
        }
        return before && after;
    }

    private static void placeNext(String[] column, String text) {
        for (int r = 0; r < column.length; r++) {
            if (column[r] == null) {
                column[r] = text;
                return;
            }
        }
    }

    /**
     * Pairs runs of report dates with the runs of concluding-observation dates that follow them: equal length and
     * each observation no earlier than its report. A run left alone is a report without observations yet.
     */
    private static List<PartialDate[]> pairUp(List<List<PartialDate>> runs) {
        List<PartialDate[]> pairs = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            List<PartialDate> first = runs.get(i);
            if (i + 1 < runs.size() && pairable(first, runs.get(i + 1))) {
                List<PartialDate> second = runs.get(i + 1);
                for (int k = 0; k < first.size(); k++) {
                    pairs.add(new PartialDate[] {first.get(k), second.get(k)});
                }
                i++;
            } else {
                for (PartialDate d : first) {
                    pairs.add(new PartialDate[] {d, null});
                }
            }
        }
        return pairs;
    }

    private static boolean pairable(List<PartialDate> reports, List<PartialDate> observations) {
        if (reports.size() != observations.size()) {
            return false;
        }
        for (int k = 0; k < reports.size(); k++) {
            PartialDate report = reports.get(k);
            PartialDate observation = observations.get(k);
            if (report != null && observation != null && observation.compareTo(report) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The free row whose concluding observations a follow-up cell answers: the latest ones shortly before its date. */
    private static int followUpRow(String text, String[] observations, String[] followUp) {
        Optional<PartialDate> due = PartialDate.find(text);
        if (due.isEmpty()) {
            return -1;
        }
        int best = -1;
        int bestGap = Integer.MAX_VALUE;
        for (int r = 0; r < observations.length; r++) {
            if (observations[r] == null || followUp[r] != null) {
                continue;
            }
            Optional<PartialDate> co = PartialDate.find(observations[r]);
            if (co.isEmpty()) {
                continue;
            }
            int gap = co.get().monthsUntil(due.get());
            if (gap >= 0 && gap <= FOLLOW_UP_MONTHS && gap < bestGap) {
                best = r;
                bestGap = gap;
            }
        }
        return best;
    }

    static String statusKind(String text) {
        if (text == null) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("overdue")) {
            return "overdue";
        }
        if (t.contains("included in") || t.contains("to be included") || t.startsWith("information")) {
            return "included-in-next";
        }
        if (t.contains("received") || t.contains("submitted")) {
            return "received";
        }
        if (t.contains("due")) {
            return "due";
        }
        return null;
    }

    /** The last date in a cell ("Fourth report due Dec. 2011" gives 2011-12). */
    static String lastDate(String text) {
        List<PartialDate> dates = PartialDate.findAll(text);
        return dates.isEmpty() ? null : dates.get(dates.size() - 1).toString();
    }
}
