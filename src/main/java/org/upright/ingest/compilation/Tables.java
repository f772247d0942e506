package org.upright.ingest.compilation;

import java.util.ArrayList;
import java.util.List;
import org.upright.ingest.model.NotParty;
import org.upright.ingest.model.OtherInstrument;
import org.upright.ingest.model.Ratification;
import org.upright.ingest.model.SpecialProcedures;
import org.upright.ingest.model.TreatyBodyReport;
import org.upright.ingest.model.TreatyStatus;
import org.upright.ingest.text.RefText;
import org.upright.reference.ReferenceData;

/** Recognises which of the compilation's tables a region of lines holds, by the headers the UN prints, and reads it. */
final class Tables {
    private final RatificationTable ratification;
    private final ReportingTable reporting;
    private final SpecialProceduresTable special;
    private final TreatyStatusTable treatyStatus;
    private final List<TreatyStatus> statuses = new ArrayList<>();
    private final List<TreatyBodyReport> reports = new ArrayList<>();
    private SpecialProcedures cooperation;

    Tables(ReferenceData reference) {
        this.ratification = new RatificationTable(reference.instruments());
        this.reporting = new ReportingTable(reference.mechanisms(), reference.instruments());
        this.special = new SpecialProceduresTable(reference.mechanisms());
        this.treatyStatus = new TreatyStatusTable(reference.instruments());
    }

    /** Reads a region of lines; a region that holds no known table is left alone. Doubts go to warnings. */
    void read(org.upright.ingest.text.Layout.Region region, List<String> warnings) {
        List<RefText> lines = region.lines();
        String[] all = HeaderSet.words(String.join(" ", lines.stream().map(RefText::text).toList()));
        if (TreatyStatusTable.holds(all)) {
            statuses.addAll(treatyStatus.read(region.source()));
        } else if (SpecialProceduresTable.HEADERS.containsWhole(0, all) || SpecialProceduresTable.HEADERS.containsWhole(1, all)) {
            cooperation = special.read(lines, region.source());
        } else if (ReportingTable.HEADERS.containsWhole(ReportingTable.STATUS, all)
                || ReportingTable.HEADERS.containsWhole(ReportingTable.OBSERVATIONS, all)) {
            reports.addAll(reporting.read(lines, region.source(), warnings));
        } else if (lines.stream().anyMatch(l -> RatificationTable.NOT_PARTY.matcher(l.text().strip()).matches()
                || RatificationTable.OTHER_START.matcher(l.text().strip()).matches())
                || RatificationTable.HEADERS.containsWhole(RatificationTable.COMPETENCES, all)
                || RatificationTable.HEADERS.containsWhole(RatificationTable.TREATY, all)) {
            ratification.read(lines, region.source(), warnings);
        }
    }

    List<Ratification> ratifications() {
        return ratification.ratifications();
    }

    List<NotParty> notParty() {
        return ratification.notParty();
    }

    List<OtherInstrument> otherInstruments() {
        return ratification.others();
    }

    List<TreatyBodyReport> treatyBodyReporting() {
        return reports;
    }

    List<TreatyStatus> treatyStatus() {
        return statuses;
    }

    SpecialProcedures specialProcedures() {
        return cooperation;
    }
}
