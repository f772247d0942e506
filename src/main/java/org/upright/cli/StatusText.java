package org.upright.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.upright.common.PartialDate;
import org.upright.obligation.BodyReporting;
import org.upright.obligation.Conflict;
import org.upright.obligation.CountryObligations;
import org.upright.obligation.FollowUpStatus;
import org.upright.obligation.InstrumentStatus;
import org.upright.obligation.Participation;
import org.upright.obligation.ProcedureStatus;
import org.upright.obligation.RatifyAsk;
import org.upright.obligation.ReportingCompliance;
import org.upright.obligation.SpecialProcedureStatus;

/** The terminal view of a State's obligations: overdue items first, then the tables, each fact with its source. */
final class StatusText {
    private StatusText() {
    }

    static void print(PrintWriter out, CountryObligations o) {
        out.printf("%s (%s) as of %s%n", o.country().name(), o.country().alpha3(), o.asOf());
        if (!o.hasData()) {
            out.println("Nothing is stored about this State: ingest its documents (upright ingest) or import the "
                    + "ratification data (upright import ratifications).");
            return;
        }
        out.printf("From %d stored document(s)%s.%n", o.documents(),
                o.instruments().stream().anyMatch(i -> i.sources().stream()
                        .anyMatch(s -> "ratification-dataset".equals(s.kind()))) ? " and the ratification data" : "");
        reporting(out, o);
        followUp(out, o.followUp());
        instruments(out, o.instruments());
        specialProcedures(out, o.specialProcedures());
        asks(out, o.ratifyRecommendations());
        conflicts(out, o.conflicts());
    }

    private static void reporting(PrintWriter out, CountryObligations o) {
        ReportingCompliance c = o.compliance();
        out.println();
        out.printf("Reporting to the treaty bodies: %d of %d up to date, %d overdue%n", c.upToDate(), c.bodies(),
                c.overdue());
        if (o.reporting().isEmpty()) {
            out.println("  (no reporting obligation known)");
            return;
        }
        out.printf("  %-13s %-24s %-11s %-11s %-11s %s%n", "body", "status", "next due", "last report",
                "last obs.", "source");
        for (BodyReporting r : o.reporting()) {
            String status = switch (r.status()) {
                case OVERDUE -> "OVERDUE since " + r.statusDate();
                case DUE -> "due " + r.statusDate();
                case RECEIVED -> "received " + r.statusDate();
                case INCLUDED_IN_NEXT -> "in next report, " + r.statusDate();
            };
            out.printf("  %-13s %-24s %-11s %-11s %-11s %s%n", r.body(), status, str(r.nextReportDue()),
                    str(r.latestReport()), str(r.latestObservations()),
                    r.computed() ? "computed from the treaty" : r.source().name());
        }
    }

    private static void followUp(PrintWriter out, List<FollowUpStatus> followUp) {
        if (followUp.isEmpty()) {
            return;
        }
        out.println();
        out.println("Follow-up to concluding observations");
        for (FollowUpStatus f : followUp) {
            String reply = f.received() == null ? "reply: not known"
                    : f.received() ? "reply received" : "reply NOT received"
                            + (f.knownOn() == null ? "" : " (as at " + f.knownOn() + ")");
            out.printf("  %-13s due %-10s %-32s %s  [%s]%n", f.body(), f.dueDate(),
                    f.paragraphs().isEmpty() ? "" : "paragraphs " + f.paragraphs().stream().map(String::valueOf)
                            .collect(Collectors.joining(", ")), reply, f.source().name());
        }
    }

    private static void instruments(PrintWriter out, List<InstrumentStatus> instruments) {
        out.println();
        out.println("Core instruments");
        out.printf("  %-12s %-11s %-11s %s%n", "instrument", "status", "since", "optional procedures accepted");
        for (InstrumentStatus i : instruments) {
            if (i.participation() == Participation.UNKNOWN) {
                continue;
            }
            String since = i.participation().bound() ? str(i.date())
                    : i.signed() != null ? "signed " + i.signed() : "";
            String procedures = !i.participation().bound() ? ""
                    : i.procedures().stream().map(StatusText::procedure).collect(Collectors.joining("; "));
            String declarations = i.declarations() == null || i.declarations().equalsIgnoreCase("none") ? ""
                    : (procedures.isEmpty() ? "" : "; ") + "declarations/reservations: " + i.declarations();
            out.printf("  %-12s %-11s %-11s %s%s%n", i.instrument(), i.participation().label(), since, procedures,
                    declarations);
        }
        List<String> unknown = instruments.stream().filter(i -> i.participation() == Participation.UNKNOWN)
                .map(InstrumentStatus::instrument).toList();
        if (!unknown.isEmpty()) {
            out.println("  no source speaks of: " + String.join(", ", unknown));
        }
    }

    private static String procedure(ProcedureStatus p) {
        String answer = p.accepted() == null ? "?" : p.accepted() ? "yes" : "no";
        return p.procedure().replace('-', ' ') + " (art. " + p.articles() + "): " + answer;
    }

    private static void specialProcedures(PrintWriter out, SpecialProcedureStatus sp) {
        if (sp == null) {
            return;
        }
        out.println();
        out.printf("Special procedures [%s]%n", sp.source().name());
        out.printf("  standing invitation: %s%n", sp.standingInvitation() == null ? "not known"
                : sp.standingInvitation() ? "yes" : "no");
        out.printf("  visits done: %d%s%n", sp.visits().size(), sp.visits().isEmpty() ? ""
                : " (" + sp.visits().stream().map(v -> v.mandate() + " " + v.start())
                        .collect(Collectors.joining("; ")) + ")");
        out.printf("  visits agreed in principle: %d%s%n", sp.agreed().size(), planned(sp.agreed()));
        out.printf("  visits requested: %d%s%n", sp.requested().size(), planned(sp.requested()));
        if (sp.communications() != null) {
            out.printf("  communications: %s sent, %s replied%s%n", num(sp.communications().sent()),
                    num(sp.communications().replied()),
                    sp.replyRatePercent() == null ? "" : " (" + sp.replyRatePercent() + " per cent)");
        }
        if (sp.questionnaires() != null) {
            out.printf("  questionnaires: %s answered in time of %s%n", num(sp.questionnaires().answeredInTime()),
                    num(sp.questionnaires().sent()));
        }
    }

    private static String planned(List<org.upright.ingest.model.PlannedVisit> visits) {
        return visits.isEmpty() ? "" : " (" + visits.stream().map(v -> v.mandate()
                + (v.dateText() == null ? "" : ", " + v.dateText())).collect(Collectors.joining("; ")) + ")";
    }

    private static void asks(PrintWriter out, List<RatifyAsk> asks) {
        if (asks.isEmpty()) {
            return;
        }
        out.println();
        out.println("Recommendations to ratify");
        for (RatifyAsk a : asks) {
            out.printf("  %-16s %-16s %s%s%s [%s%s]%n", a.instrument(), a.fulfilment(), a.action(),
                    a.year() == null ? "" : " (" + a.year() + ")", a.by().isEmpty() ? "" : " by " + String.join(", ",
                            a.by()), a.document(), a.number() == null ? "" : " " + a.number());
        }
    }

    private static void conflicts(PrintWriter out, List<Conflict> conflicts) {
        if (conflicts.isEmpty()) {
            return;
        }
        out.println();
        out.println("Sources that disagree (the latest is used)");
        for (Conflict c : conflicts) {
            out.printf("  %s: %s; used %s%n", c.subject(), c.values().stream()
                    .map(v -> v.value() + " [" + v.source().name() + "]").collect(Collectors.joining(" vs ")),
                    c.used());
        }
    }

    private static String str(PartialDate d) {
        return d == null ? "-" : d.toString();
    }

    private static String num(Integer n) {
        return n == null ? "?" : n.toString();
    }
}
