package org.upright.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.upright.common.PartialDate;
import org.upright.ingest.model.Communications;
import org.upright.ingest.model.PlannedVisit;
import org.upright.obligation.BodyReporting;
import org.upright.obligation.CountryObligations;
import org.upright.obligation.InstrumentStatus;
import org.upright.obligation.ProcedureStatus;
import org.upright.obligation.SpecialProcedureStatus;
import org.upright.report.CompilationTable.Cell;
import org.upright.report.CompilationTable.Line;

/**
 * The draft's tables as {@code ObligationService} computes a State's status for the day (not as an old compilation
 * printed them): ratifications with accepted procedures, the instruments not ratified, reporting to each treaty body
 * and cooperation with the special procedures. The table names are the compilation's, so both draw alike.
 */
final class DraftTables {
    private static final String NONE = "-";

    private DraftTables() {
    }

    /** Section II: the instruments the State is bound by, and those it is not. */
    static List<CompilationTable> obligations(CountryObligations status) {
        List<List<Cell>> bound = new ArrayList<>();
        List<List<Cell>> notBound = new ArrayList<>();
        for (InstrumentStatus i : status.instruments()) {
            if (i.participation().bound()) {
                bound.add(List.of(Cell.data(i.instrument()), Cell.data(date(i.date())),
                        Cell.data(i.declarations() == null || i.declarations().isBlank() ? NONE : i.declarations()),
                        Cell.data(accepted(i.procedures()))));
            } else {
                notBound.add(List.of(Cell.data(i.instrument()), Cell.data(switch (i.participation()) {
                    case SIGNED -> "signature only" + (i.signed() == null ? "" : ", " + i.signed());
                    case NOT_PARTY -> "not party";
                    default -> "no source says";
                })));
            }
        }
        List<CompilationTable> tables = new ArrayList<>();
        if (!bound.isEmpty()) {
            tables.add(new CompilationTable("ratifications", heads("Core universal human rights treaties",
                    "Date of ratification, accession or succession", "Declarations/reservations",
                    "Recognition of specific competences of treaty bodies"), bound));
        }
        if (!notBound.isEmpty()) {
            tables.add(new CompilationTable("not-party", heads("Core treaties to which " + status.country().name()
                    + " is not a party", "Status"), notBound));
        }
        return tables;
    }

    /** Section II: reporting to the treaty bodies and cooperation with the special procedures. */
    static List<CompilationTable> cooperation(CountryObligations status) {
        List<CompilationTable> tables = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (BodyReporting r : status.reporting()) {
            String state = r.status() == null ? NONE : r.status().label()
                    + (r.statusDate() == null ? "" : " (" + r.statusDate() + ")");
            rows.add(List.of(Cell.data(r.body()), Cell.data(date(r.latestReport())),
                    Cell.data(date(r.latestObservations())), Cell.data(state), Cell.data(date(r.nextReportDue()))));
        }
        if (!rows.isEmpty()) {
            tables.add(new CompilationTable("reporting", heads("Treaty body", "Latest report submitted and considered",
                    "Latest concluding observations", "Reporting status", "Next report due"), rows));
        }
        SpecialProcedureStatus sp = status.specialProcedures();
        if (sp != null) {
            List<List<Cell>> cooperation = new ArrayList<>();
            cooperation.add(row("Standing invitation", List.of(sp.standingInvitation() == null ? NONE
                    : sp.standingInvitation() ? "Yes" : "No")));
            cooperation.add(row("Latest visits or mission reports", sp.visits().stream()
                    .map(v -> v.mandate() + " (" + dash(v.start()) + " to " + dash(v.end()) + ")").toList()));
            cooperation.add(row("Visits agreed upon in principle", planned(sp.agreed())));
            cooperation.add(row("Visits requested and not yet agreed upon", planned(sp.requested())));
            Communications c = sp.communications();
            Integer rate = sp.replyRatePercent();
            cooperation.add(row("Responses to letters of allegations and urgent appeals", List.of(c == null ? NONE
                    : (c.sent() == null ? "" : c.sent() + " communications sent")
                    + (c.replied() == null ? "" : ", " + c.replied() + " replied")
                    + (rate == null ? "" : " (" + rate + " per cent)"))));
            tables.add(new CompilationTable("special-procedures", List.of(), cooperation));
        }
        return tables;
    }

    private static String accepted(List<ProcedureStatus> procedures) {
        String accepted = procedures.stream().filter(p -> Boolean.TRUE.equals(p.accepted()))
                .map(p -> p.procedure() + (p.articles() == null ? "" : " (" + p.articles() + ")"))
                .collect(Collectors.joining("; "));
        return accepted.isEmpty() ? NONE : accepted;
    }

    private static List<String> planned(List<PlannedVisit> visits) {
        return visits.stream().map(v -> v.mandate() + (v.dateText() == null ? "" : " (" + v.dateText() + ")"))
                .toList();
    }

    private static List<Cell> row(String title, List<String> lines) {
        List<String> shown = lines.isEmpty() ? List.of(NONE) : lines;
        return List.of(Cell.header(title), Cell.data(shown.stream().map(l -> new Line(l, null)).toList()));
    }

    private static List<Cell> heads(String... titles) {
        return java.util.Arrays.stream(titles).map(Cell::header).toList();
    }

    private static String date(PartialDate date) {
        return date == null ? NONE : date.toString();
    }

    private static String dash(String text) {
        return text == null || text.isBlank() ? NONE : text;
    }
}
