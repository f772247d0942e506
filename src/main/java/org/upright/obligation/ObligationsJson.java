package org.upright.obligation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.upright.common.PartialDate;

/**
 * A State's obligations as JSON for scripts and the REST API, in the exchange format's shapes
 * ({@code corpus/GOLD.md}): {@code ratifications}, {@code notParty}, {@code treatyBodyReporting} (plus
 * {@code nextReportDue}), {@code specialProcedures}, and in addition {@code followUp}, {@code reportingCompliance},
 * {@code ratifyRecommendations} and {@code conflicts}. Every fact names its source.
 */
public final class ObligationsJson {
    /** Partial dates as their ISO text ("2007-09"), as everywhere in the exchange format. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
            .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule()
                    .addSerializer(PartialDate.class, com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance));

    private ObligationsJson() {
    }

    /** The document as a string, indented. */
    public static String write(CountryObligations o) {
        try {
            return JSON.writeValueAsString(tree(o));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the obligations as JSON", e);
        }
    }

    /** The document as a tree. */
    public static ObjectNode tree(CountryObligations o) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode country = root.putObject("country");
        country.put("iso3", o.country().alpha3());
        country.put("name", o.country().name());
        root.put("asOf", o.asOf().toString());
        root.put("documents", o.documents());
        ArrayNode ratifications = root.putArray("ratifications");
        ArrayNode notParty = root.putArray("notParty");
        for (InstrumentStatus i : o.instruments()) {
            if (i.participation().bound()) {
                ObjectNode r = ratifications.addObject();
                r.put("instrument", i.instrument());
                r.put("status", i.participation().label());
                r.put("date", str(i.date()));
                r.put("declarationsText", i.declarations());
                ArrayNode competences = r.putArray("competences");
                for (ProcedureStatus p : i.procedures()) {
                    ObjectNode c = competences.addObject();
                    c.put("procedure", p.procedure());
                    c.put("articles", p.articles());
                    if (p.accepted() == null) {
                        c.putNull("accepted");
                    } else {
                        c.put("accepted", p.accepted());
                    }
                }
                sources(r, i.sources());
            } else if (i.participation() == Participation.SIGNED || i.participation() == Participation.NOT_PARTY) {
                ObjectNode n = notParty.addObject();
                n.put("instrument", i.instrument());
                n.put("signedOnly", i.participation() == Participation.SIGNED);
                if (i.signed() == null) {
                    n.putNull("signatureYear");
                } else {
                    n.put("signatureYear", i.signed().year());
                }
                sources(n, i.sources());
            }
        }
        ArrayNode reporting = root.putArray("treatyBodyReporting");
        for (BodyReporting r : o.reporting()) {
            ObjectNode row = reporting.addObject();
            row.put("body", r.body());
            row.put("instrument", r.instrument());
            row.put("latestReportSubmittedAndConsidered", str(r.latestReport()));
            row.put("latestConcludingObservations", str(r.latestObservations()));
            row.put("reportingStatusText", r.statusText());
            row.put("status", r.status().label());
            row.put("statusDate", str(r.statusDate()));
            row.put("nextReportDue", str(r.nextReportDue()));
            row.put("computed", r.computed());
            row.set("source", JSON.valueToTree(r.source()));
        }
        ObjectNode compliance = root.putObject("reportingCompliance");
        compliance.put("bodies", o.compliance().bodies());
        compliance.put("overdue", o.compliance().overdue());
        compliance.put("upToDate", o.compliance().upToDate());
        if (o.compliance().percentUpToDate() == null) {
            compliance.putNull("percentUpToDate");
        } else {
            compliance.put("percentUpToDate", o.compliance().percentUpToDate());
        }
        ArrayNode followUp = root.putArray("followUp");
        for (FollowUpStatus f : o.followUp()) {
            ObjectNode row = followUp.addObject();
            row.put("body", f.body());
            ArrayNode paragraphs = row.putArray("paragraphs");
            f.paragraphs().forEach(paragraphs::add);
            row.put("dueDate", str(f.dueDate()));
            if (f.received() == null) {
                row.putNull("received");
            } else {
                row.put("received", f.received());
            }
            row.put("knownOn", str(f.knownOn()));
            row.set("source", JSON.valueToTree(f.source()));
        }
        SpecialProcedureStatus sp = o.specialProcedures();
        if (sp == null) {
            root.putNull("specialProcedures");
        } else {
            ObjectNode node = root.putObject("specialProcedures");
            if (sp.standingInvitation() == null) {
                node.putNull("standingInvitation");
            } else {
                node.put("standingInvitation", sp.standingInvitation());
            }
            node.set("visits", JSON.valueToTree(sp.visits()));
            node.set("visitsAgreedInPrinciple", JSON.valueToTree(sp.agreed()));
            node.set("visitsRequested", JSON.valueToTree(sp.requested()));
            node.set("communications", JSON.valueToTree(sp.communications()));
            if (sp.communications() != null && sp.replyRatePercent() != null) {
                ((ObjectNode) node.get("communications")).put("replyRatePercent", sp.replyRatePercent());
            }
            node.set("questionnaires", JSON.valueToTree(sp.questionnaires()));
            node.set("source", JSON.valueToTree(sp.source()));
        }
        root.set("ratifyRecommendations", JSON.valueToTree(o.ratifyRecommendations()));
        root.set("conflicts", JSON.valueToTree(o.conflicts()));
        return root;
    }

    private static void sources(ObjectNode node, List<Source> sources) {
        node.set("sources", JSON.valueToTree(sources));
    }

    private static String str(PartialDate d) {
        return d == null ? null : d.toString();
    }
}
