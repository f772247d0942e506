package org.upright.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.ingest.model.Communications;
import org.upright.ingest.model.Questionnaires;
import org.upright.ingest.model.SpecialProcedures;
import org.upright.report.CompilationTable.Cell;
import org.upright.report.CompilationTable.Line;

/**
 * The table cells of the HTML compilation as the OHCHR prints them ("Oct. 2003", "11 to 17 June 2004", the
 * communications and questionnaires as sentences) rather than as stored (ISO dates, counts), so that a reader, and
 * Upright's own extractor, reads them as it reads the original.
 */
final class PrintedCells {
    private static final String[] MONTHS = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.",
        "Oct.", "Nov.", "Dec."};
    private static final String[] FULL_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY_RANGE = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2}) to (\\d{4}-\\d{2}-\\d{2})\\)");

    private PrintedCells() {
    }

    /** The table with its cells printed; tables other than reporting and special procedures pass unchanged. */
    static CompilationTable printed(CompilationTable table, SpecialProcedures procedures, String state) {
        return switch (table.name()) {
            case "reporting" -> new CompilationTable(table.name(), table.head(),
                    table.rows().stream().map(PrintedCells::reportingRow).toList());
            case "special-procedures" -> new CompilationTable(table.name(), table.head(),
                    table.rows().stream().map(row -> proceduresRow(row, procedures, state)).toList());
            default -> table;
        };
    }

    private static List<Cell> reportingRow(List<Cell> row) {
        List<Cell> printed = new ArrayList<>(row);
        for (int c = 1; c <= 2 && c < row.size(); c++) {
            Cell cell = row.get(c);
            printed.set(c, new Cell(cell.header(), cell.lines().stream()
                    .map(l -> new Line(month(l.text()), l.footnote())).toList()));
        }
        return printed;
    }

    /** "2003-10" as "Oct. 2003"; other text unchanged. */
    static String month(String text) {
        Matcher m = YEAR_MONTH.matcher(text == null ? "" : text.strip());
        if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 12) {
            return text;
        }
        return MONTHS[Integer.parseInt(m.group(2)) - 1] + " " + m.group(1);
    }

    private static List<Cell> proceduresRow(List<Cell> row, SpecialProcedures procedures, String state) {
        if (row.size() < 2 || procedures == null) {
            return row;
        }
        String title = row.get(0).lines().isEmpty() ? "" : row.get(0).lines().get(0).text();
        Cell value = row.get(1);
        if (title.startsWith("Latest visits")) {
            return List.of(row.get(0), new Cell(value.header(), value.lines().stream()
                    .map(l -> new Line(visitDates(l.text()), l.footnote())).toList()));
        }
        if (title.startsWith("Responses to letters") && procedures.communications() != null) {
            String text = communications(procedures.communications());
            return text == null ? row : List.of(row.get(0), Cell.data(text));
        }
        if (title.startsWith("Responses to questionnaires") && procedures.questionnaires() != null) {
            String text = questionnaires(procedures.questionnaires(), state);
            return text == null ? row : List.of(row.get(0), Cell.data(text));
        }
        return row;
    }

    /** "(2004-06-11 to 2004-06-17)" as "(11 to 17 June 2004)". */
    static String visitDates(String text) {
        Matcher m = DAY_RANGE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String printed;
            try {
                printed = "(" + range(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2))) + ")";
            } catch (java.time.DateTimeException e) {
                printed = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(printed));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String range(LocalDate start, LocalDate end) {
        String endText = day(end);
        if (start.getYear() != end.getYear()) {
            return day(start) + " to " + endText;
        }
        if (start.getMonth() != end.getMonth()) {
            return start.getDayOfMonth() + " " + FULL_MONTHS[start.getMonthValue() - 1] + " to " + endText;
        }
        return start.getDayOfMonth() + " to " + endText;
    }

    private static String day(LocalDate date) {
        return date.getDayOfMonth() + " " + FULL_MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static String communications(Communications c) {
        if (c.sent() == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        text.append(c.periodText() == null ? "" : c.periodText() + ", ").append(c.sent())
                .append(c.sent() == 1 ? " communication was sent." : " communications were sent.");
        if (c.replied() != null) {
            text.append(" The Government replied to ").append(c.replied()).append(" communications");
            text.append(c.replyRatePercent() == null ? "." : ", representing replies to " + c.replyRatePercent()
                    + " per cent of communications sent.");
        }
        String sentence = text.toString();
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static String questionnaires(Questionnaires q, String state) {
        if (q.sent() == null || q.answeredInTime() == null) {
            return null;
        }
        return state + " responded to " + q.answeredInTime() + " of the " + q.sent()
                + " questionnaires sent by special procedures mandate holders, within the deadlines.";
    }
}
