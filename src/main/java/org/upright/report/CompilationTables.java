package org.upright.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.ingest.model.Communications;
import org.upright.ingest.model.Competence;
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
import org.upright.ingest.model.Visit;

/** The tables of a compilation as stored: ratifications and other instruments, treaty-body reporting, special procedures. */
final class CompilationTables {
    private static final String NONE = "-";

    private CompilationTables() {
    }

    /** Section I.A: the ratification table, the treaties the State is not party to, other instruments, the 2014 table. */
    static void obligations(CompilationMarkup out, ExtractedDocument document, String state) {
        List<Ratification> ratifications = list(document.ratifications());
        if (!ratifications.isEmpty()) {
            out.raw("<table class=\"ratifications\"><thead><tr><th>Core universal human rights treaties</th>"
                    + "<th>Date of ratification, accession or succession</th><th>Declarations/reservations</th>"
                    + "<th>Recognition of specific competences of treaty bodies</th></tr></thead><tbody>");
            for (Ratification r : ratifications) {
                out.raw("<tr>").element("td", r.instrument()).element("td", dash(r.dateText()))
                        .element("td", dash(r.declarationsText())).raw("<td>");
                List<Competence> competences = list(r.competences());
                for (int i = 0; i < competences.size(); i++) {
                    out.raw(i == 0 ? "" : "<br>").text(competences.get(i).text());
                }
                out.raw(competences.isEmpty() ? NONE : "").raw("</td></tr>");
            }
            out.raw("</tbody></table>");
        }
        List<NotParty> notParty = list(document.notParty());
        if (!notParty.isEmpty()) {
            out.raw("<table class=\"not-party\"><thead><tr>")
                    .element("th", "Core treaties to which " + state + " is not a party")
                    .raw("<th>Status</th></tr></thead><tbody>");
            for (NotParty n : notParty) {
                out.raw("<tr>").element("td", n.instrument()).element("td", n.signedOnly()
                        ? "signature only" + (n.signatureYear() == null ? "" : ", " + n.signatureYear())
                        : "not party").raw("</tr>");
            }
            out.raw("</tbody></table>");
        }
        List<OtherInstrument> others = list(document.otherInstruments());
        if (!others.isEmpty()) {
            out.raw("<table class=\"other-instruments\"><thead><tr><th>Other main relevant international "
                    + "instruments</th><th>Ratification, accession or succession</th></tr></thead><tbody>");
            for (OtherInstrument o : others) {
                out.raw("<tr><td>").text(o.instrument()).reference(o.footnote()).raw("</td>")
                        .element("td", dash(o.statusText())).raw("</tr>");
            }
            out.raw("</tbody></table>");
        }
        treatyStatus(out, list(document.treatyStatus()));
    }

    /** The later compilations' status table: rows of kinds of acceptance, columns of periods, mentions in cells. */
    private static void treatyStatus(CompilationMarkup out, List<TreatyStatus> mentions) {
        if (mentions.isEmpty()) {
            return;
        }
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("ratification", "Ratification, accession or succession");
        rows.put("reservations", "Reservations and/or declarations");
        rows.put("complaint-procedures", "Complaints procedures, inquiry and urgent action");
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("previous-cycle", "Status during previous cycle");
        columns.put("after-review", "Action after review");
        columns.put("not-ratified", "Not ratified/not accepted");
        mentions.stream().map(TreatyStatus::row).forEach(r -> rows.putIfAbsent(r, r));
        mentions.stream().map(TreatyStatus::column).forEach(c -> columns.putIfAbsent(c, c));
        out.raw("<table class=\"treaty-status\"><thead><tr><th></th>");
        columns.values().forEach(c -> out.element("th", c));
        out.raw("</tr></thead><tbody>");
        rows.forEach((row, rowTitle) -> {
            out.raw("<tr>").element("th", rowTitle);
            columns.keySet().forEach(column -> {
                List<String> texts = new ArrayList<>();
                for (TreatyStatus m : mentions) {
                    if (row.equals(m.row()) && column.equals(m.column())) {
                        texts.add(m.text() != null ? m.text()
                                : m.instrument() + (m.year() == null ? "" : " (" + m.year() + ")"));
                    }
                }
                out.raw("<td>");
                for (int i = 0; i < texts.size(); i++) {
                    out.raw(i == 0 ? "" : "<br>").text(texts.get(i));
                }
                out.raw("</td>");
            });
            out.raw("</tr>");
        });
        out.raw("</tbody></table>");
    }

    /** Section II.A.1: the reporting status of each treaty body. */
    static void reporting(CompilationMarkup out, ExtractedDocument document) {
        List<TreatyBodyReport> reports = list(document.treatyBodyReporting());
        if (reports.isEmpty()) {
            return;
        }
        out.raw("<table class=\"reporting\"><thead><tr><th>Treaty body</th><th>Latest report submitted and "
                + "considered</th><th>Latest concluding observations</th><th>Follow-up response</th>"
                + "<th>Reporting status</th></tr></thead><tbody>");
        for (TreatyBodyReport r : reports) {
            out.raw("<tr>").element("td", r.body()).element("td", dash(r.latestReportSubmittedAndConsidered()))
                    .element("td", dash(r.latestConcludingObservations())).element("td", dash(r.followUpResponse()))
                    .element("td", dash(r.reportingStatusText())).raw("</tr>");
        }
        out.raw("</tbody></table>");
    }

    /** Section II.A.2: the cooperation table of the special procedures and the notes that follow it. */
    static void specialProcedures(CompilationMarkup out, SpecialProcedures procedures) {
        if (procedures == null) {
            return;
        }
        out.raw("<table class=\"special-procedures\"><tbody>");
        out.raw("<tr><th>Standing invitation</th>").element("td", procedures.standingInvitation() == null ? NONE
                : procedures.standingInvitation() ? "Yes" : "No").raw("</tr>");
        out.raw("<tr><th>Latest visits or mission reports</th><td>");
        List<Visit> visits = list(procedures.visits());
        for (int i = 0; i < visits.size(); i++) {
            Visit v = visits.get(i);
            out.raw(i == 0 ? "" : "<br>").text(v.mandate() + " (" + dash(v.start()) + " to " + dash(v.end()) + ")")
                    .reference(v.footnote());
        }
        out.raw(visits.isEmpty() ? NONE : "").raw("</td></tr>");
        planned(out, "Visits agreed upon in principle", list(procedures.visitsAgreedInPrinciple()));
        planned(out, "Visits requested and not yet agreed upon", list(procedures.visitsRequested()));
        notes(out, "Facilitation/cooperation during missions", list(procedures.cooperationNotes()));
        notes(out, "Follow-up to visits", list(procedures.followUpToVisits()));
        Communications c = procedures.communications();
        out.raw("<tr><th>Responses to letters of allegations and urgent appeals</th>").element("td", c == null
                ? NONE : joined(c.periodText(), c.sent() == null ? null : c.sent() + " communications sent",
                        c.replied() == null ? null : c.replied() + " replied",
                        c.replyRatePercent() == null ? null : c.replyRatePercent() + " per cent")).raw("</tr>");
        Questionnaires q = procedures.questionnaires();
        out.raw("<tr><th>Responses to questionnaires on thematic issues</th>").element("td", q == null ? NONE
                : joined(q.sent() == null ? null : q.sent() + " questionnaires sent",
                        q.answeredInTime() == null ? null : q.answeredInTime() + " answered within deadlines"))
                .raw("</tr>");
        out.raw("</tbody></table>");
    }

    private static void planned(CompilationMarkup out, String title, List<PlannedVisit> visits) {
        out.raw("<tr>").element("th", title).raw("<td>");
        for (int i = 0; i < visits.size(); i++) {
            PlannedVisit v = visits.get(i);
            out.raw(i == 0 ? "" : "<br>").text(v.mandate() + (v.dateText() == null ? "" : " (" + v.dateText() + ")"))
                    .reference(v.footnote());
        }
        out.raw(visits.isEmpty() ? NONE : "").raw("</td></tr>");
    }

    private static void notes(CompilationMarkup out, String title, List<SourcedNote> notes) {
        out.raw("<tr>").element("th", title).raw("<td>");
        for (int i = 0; i < notes.size(); i++) {
            out.raw(i == 0 ? "" : "<br>").text(notes.get(i).text()).reference(notes.get(i).footnote());
        }
        out.raw(notes.isEmpty() ? NONE : "").raw("</td></tr>");
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
