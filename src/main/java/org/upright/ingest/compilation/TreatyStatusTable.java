package org.upright.ingest.compilation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.ingest.model.TreatyStatus;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.RefText;
import org.upright.reference.InstrumentMention;
import org.upright.reference.Instruments;

/**
 * The 2014 compilations' treaty tables ("Status during previous cycle", "Action after review", "Not ratified/not
 * accepted" against "Ratification, accession or succession", "Reservations and/or declarations", "Complaints
 * procedures, inquiries and urgent action"): one {@link TreatyStatus} per treaty a cell names, with the year in the
 * parentheses after it. Read from positions: these tables exist only in PDFs.
 */
final class TreatyStatusTable {
    static final HeaderSet HEADERS = new HeaderSet("Status during previous cycle", "Action after review",
            "Not ratified/not accepted");
    private static final String[] COLUMNS = {"previous-cycle", "after-review", "not-ratified"};
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final Pattern ROW_LABEL = Pattern.compile("(?i)^(?:ratification|reservations?|complaints?)\\b.*");

    private final Instruments instruments;

    TreatyStatusTable(Instruments instruments) {
        this.instruments = instruments;
    }

    /** Whether a region's words hold this table's headers. */
    static boolean holds(String[] words) {
        return HEADERS.containsWhole(0, words) || HEADERS.containsWhole(1, words);
    }

    List<TreatyStatus> read(List<DocLine> source) {
        List<TreatyStatus> statuses = new ArrayList<>();
        if (!TableGrid.positioned(source)) {
            return statuses;
        }
        TableGrid grid = TableGrid.build(source, HEADERS, text -> ROW_LABEL.matcher(text).matches());
        for (int r = 0; r < grid.rows(); r++) {
            String row = rowSlug(grid.label(r));
            for (int c = 0; c < COLUMNS.length; c++) {
                if (grid.hasColumn(c)) {
                    statuses.addAll(mentions(grid.cell(r, c), grid.lines(r, c), row, COLUMNS[c]));
                }
            }
        }
        return statuses;
    }

    static String rowSlug(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.startsWith("reservation")) {
            return "reservations";
        }
        return l.startsWith("complaint") ? "complaint-procedures" : "ratification";
    }

    /**
     * Every treaty a cell names, with the text from its name to the end of the parentheses that follow it
     * ("CAT, arts. 20, 21 and 22 (2008)"); a cell of other instruments gives one item per printed line.
     */
    private List<TreatyStatus> mentions(RefText cell, List<RefText> lines, String row, String column) {
        String text = cell.text();
        List<InstrumentMention> found = instruments.findAbbreviations(text);
        List<TreatyStatus> result = new ArrayList<>();
        if (found.isEmpty()) {
            for (RefText line : lines) {
                String item = line.text().strip();
                if (!item.isEmpty() && !Cells.isDash(item) && Character.isUpperCase(item.charAt(0))) {
                    result.add(status(item.replaceAll("\\s*\\(.*$", ""), item, row, column));
                }
            }
            return result;
        }
        for (int i = 0; i < found.size(); i++) {
            InstrumentMention m = found.get(i);
            int end = i + 1 < found.size() ? found.get(i + 1).start() : text.length();
            String item = text.substring(m.start(), end).strip();
            int close = item.indexOf(')');
            if (close >= 0) {
                item = item.substring(0, close + 1);
            }
            item = item.replaceAll("[,;]\\s*$", "");
            result.add(status(m.instrument().code(), item, row, column));
        }
        return result;
    }

    private static TreatyStatus status(String instrument, String item, String row, String column) {
        Matcher year = YEAR.matcher(item);
        return new TreatyStatus(instrument, row, column, year.find() ? Integer.valueOf(year.group()) : null, item);
    }
}
