package org.upright.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.ingest.model.Communications;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.NotParty;
import org.upright.ingest.model.OtherInstrument;
import org.upright.ingest.model.PlannedVisit;
import org.upright.ingest.model.Questionnaires;
import org.upright.ingest.model.Ratification;
import org.upright.ingest.model.SourcedNote;
import org.upright.ingest.model.SpecialProcedures;
import org.upright.ingest.model.TreatyBodyReport;
import org.upright.ingest.model.TreatyStatus;
import org.upright.report.CompilationTable.Cell;
import org.upright.report.CompilationTable.Line;

/** The tables of a compilation as stored: ratifications and other instruments, treaty-body reporting, special procedures. */
final class CompilationTables {
    private static final String NONE = "-";

    private CompilationTables() {
    }

    /** Section I.A: the ratification table, the treaties the State is not party to, other instruments, the 2014 table. */
    static List<CompilationTable> obligations(ExtractedDocument document, String state) {
        List<CompilationTable> tables = new ArrayList<>();
        List<Ratification> ratifications = list(document.ratifications());
        if (!ratifications.isEmpty()) {
            List<List<Cell>> rows = new ArrayList<>();
            for (Ratification r : ratifications) {
                List<Line> competences = list(r.competences()).stream().map(c -> new Line(c.text(), null)).toList();
                rows.add(List.of(Cell.data(r.instrument()), Cell.data(dash(r.dateText())),
                        Cell.data(dash(r.declarationsText())),
                        competences.isEmpty() ? Cell.data(NONE) : Cell.data(competences)));
            }
            tables.add(new CompilationTable("ratifications", heads("Core universal human rights treaties",
                    "Date of ratification, accession or succession", "Declarations/reservations",
                    "Recognition of specific competences of treaty bodies"), rows));
        }
        List<NotParty> notParty = list(document.notParty());
        if (!notParty.isEmpty()) {
            List<List<Cell>> rows = new ArrayList<>();
            for (NotParty n : notParty) {
                rows.add(List.of(Cell.data(n.instrument()), Cell.data(n.signedOnly()
                        ? "signature only" + (n.signatureYear() == null ? "" : ", " + n.signatureYear())
                        : "not party")));
            }
            tables.add(new CompilationTable("not-party",
                    heads("Core treaties to which " + state + " is not a party", "Status"), rows));
        }
        List<OtherInstrument> others = list(document.otherInstruments());
        if (!others.isEmpty()) {
            List<List<Cell>> rows = new ArrayList<>();
            for (OtherInstrument o : others) {
                rows.add(List.of(Cell.data(List.of(new Line(o.instrument(), o.footnote()))),
                        Cell.data(dash(o.statusText()))));
            }
            tables.add(new CompilationTable("other-instruments", heads("Other main relevant international "
                    + "instruments", "Ratification, accession or succession"), rows));
        }
        List<TreatyStatus> mentions = list(document.treatyStatus());
        if (!mentions.isEmpty()) {
            tables.add(treatyStatus(mentions));
        }
        return tables;
    }

    /** The later compilations' status table: rows of kinds of acceptance, columns of periods, mentions in cells. */
    private static CompilationTable treatyStatus(List<TreatyStatus> mentions) {
        Map<String, String> rowTitles = new LinkedHashMap<>();
        rowTitles.put("ratification", "Ratification, accession or succession");
        rowTitles.put("reservations", "Reservations and/or declarations");
        rowTitles.put("complaint-procedures", "Complaints procedures, inquiry and urgent action");
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("previous-cycle", "Status during previous cycle");
        columns.put("after-review", "Action after review");
        columns.put("not-ratified", "Not ratified/not accepted");
        mentions.stream().map(TreatyStatus::row).forEach(r -> rowTitles.putIfAbsent(r, r));
        mentions.stream().map(TreatyStatus::column).forEach(c -> columns.putIfAbsent(c, c));
        List<Cell> head = new ArrayList<>();
        head.add(Cell.header(""));
        columns.values().forEach(c -> head.add(Cell.header(c)));
        List<List<Cell>> rows = new ArrayList<>();
        rowTitles.forEach((row, rowTitle) -> {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.header(rowTitle));
            columns.keySet().forEach(column -> {
                List<Line> texts = new ArrayList<>();
                for (TreatyStatus m : mentions) {
                    if (row.equals(m.row()) && column.equals(m.column())) {
                        texts.add(new Line(m.text() != null ? m.text()
                                : m.instrument() + (m.year() == null ? "" : " (" + m.year() + ")"), null));
                    }
                }
                cells.add(Cell.data(texts));
            });
            rows.add(cells);
        });
        return new CompilationTable("treaty-status", head, rows);
    }

    /** Section II.A.1: the reporting status of each treaty body. */
    static List<CompilationTable> reporting(ExtractedDocument document) {
        List<TreatyBodyReport> reports = list(document.treatyBodyReporting());
        if (reports.isEmpty()) {
            return List.of();
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (TreatyBodyReport r : reports) {
            rows.add(List.of(Cell.data(r.body()), Cell.data(dash(r.latestReportSubmittedAndConsidered())),
                    Cell.data(dash(r.latestConcludingObservations())), Cell.data(dash(r.followUpResponse())),
                    Cell.data(dash(r.reportingStatusText()))));
        }
        return List.of(new CompilationTable("reporting", heads("Treaty body", "Latest report submitted and "
                + "considered", "Latest concluding observations", "Follow-up response", "Reporting status"), rows));
    }

    /** Section II.A.2: the cooperation table of the special procedures and the notes that follow it. */
    static List<CompilationTable> specialProcedures(SpecialProcedures procedures) {
        if (procedures == null) {
            return List.of();
        }
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(row("Standing invitation", List.of(new Line(procedures.standingInvitation() == null ? NONE
                : procedures.standingInvitation() ? "Yes" : "No", null))));
        rows.add(row("Latest visits or mission reports", list(procedures.visits()).stream()
                .map(v -> new Line(v.mandate() + " (" + dash(v.start()) + " to " + dash(v.end()) + ")", v.footnote()))
                .toList()));
        rows.add(row("Visits agreed upon in principle", planned(list(procedures.visitsAgreedInPrinciple()))));
        rows.add(row("Visits requested and not yet agreed upon", planned(list(procedures.visitsRequested()))));
        rows.add(row("Facilitation/cooperation during missions", notes(list(procedures.cooperationNotes()))));
        rows.add(row("Follow-up to visits", notes(list(procedures.followUpToVisits()))));
        Communications c = procedures.communications();
        rows.add(row("Responses to letters of allegations and urgent appeals", List.of(new Line(c == null
                ? NONE : joined(c.periodText(), c.sent() == null ? null : c.sent() + " communications sent",
                        c.replied() == null ? null : c.replied() + " replied",
                        c.replyRatePercent() == null ? null : c.replyRatePercent() + " per cent"), null))));
        Questionnaires q = procedures.questionnaires();
        rows.add(row("Responses to questionnaires on thematic issues", List.of(new Line(q == null ? NONE
                : joined(q.sent() == null ? null : q.sent() + " questionnaires sent",
                        q.answeredInTime() == null ? null : q.answeredInTime() + " answered within deadlines"),
                null))));
        return List.of(new CompilationTable("special-procedures", List.of(), rows));
    }

    /** A body row titled by a header cell; no lines write the dash, as the printed table does. */
    private static List<Cell> row(String title, List<Line> lines) {
        return List.of(Cell.header(title), Cell.data(lines.isEmpty() ? List.of(new Line(NONE, null)) : lines));
    }

    private static List<Line> planned(List<PlannedVisit> visits) {
        return visits.stream().map(v -> new Line(v.mandate() + (v.dateText() == null ? "" : " (" + v.dateText()
                + ")"), v.footnote())).toList();
    }

    private static List<Line> notes(List<SourcedNote> notes) {
        return notes.stream().map(n -> new Line(n.text(), n.footnote())).toList();
    }

    private static List<Cell> heads(String... titles) {
        return java.util.Arrays.stream(titles).map(Cell::header).toList();
    }

    private static String joined(String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p);
            }
        }
        return present.isEmpty() ? NONE : String.join("; ", present);
    }

    private static String dash(String text) {
        return text == null || text.isBlank() ? NONE : text;
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
