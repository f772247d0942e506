package org.upright.ingest.compilation;

import java.util.ArrayList;
import java.util.List;
import org.upright.ingest.model.NotParty;
import org.upright.ingest.model.OtherInstrument;
import org.upright.ingest.model.Ratification;
import org.upright.ingest.model.SpecialProcedures;
import org.upright.ingest.model.TreatyBodyReport;
import org.upright.ingest.text.RefText;
import org.upright.reference.ReferenceData;

/** Recognises which of the compilation's tables a region of lines holds, by the headers the UN prints, and reads it. */
final class Tables {
    private final RatificationTable ratification;
    private final ReportingTable reporting;
    private final SpecialProceduresTable special;
    private final List<TreatyBodyReport> reports = new ArrayList<>();
    private SpecialProcedures cooperation;

    Tables(ReferenceData reference) {
        this.ratification = new RatificationTable(reference.instruments());
        this.reporting = new ReportingTable(reference.mechanisms(), reference.instruments());
        this.special = new SpecialProceduresTable(reference.mechanisms());
    }

    /** Reads a region of lines; a region that holds no known table is left alone. Doubts go to warnings. */
    void read(org.upright.ingest.text.Layout.Region region, List<String> warnings) {
        List<RefText> lines = region.lines();
        String[] all = HeaderSet.words(String.join(" ", lines.stream().map(RefText::text).toList()));
        if (SpecialProceduresTable.HEADERS.containsWhole(0, all) || SpecialProceduresTable.HEADERS.containsWhole(1, all)) {
            cooperation = special.read(lines);
        } else if (ReportingTable.HEADERS.containsWhole(4, all) || ReportingTable.HEADERS.containsWhole(2, all)) {
            reports.addAll(reporting.read(lines, warnings));
        } else if (lines.stream().anyMatch(l -> RatificationTable.NOT_PARTY.matcher(l.text().strip()).matches()
                || RatificationTable.OTHER_START.matcher(l.text().strip()).matches())
                || RatificationTable.HEADERS.containsWhole(4, all) || RatificationTable.HEADERS.containsWhole(0, all)) {
            ratification.read(lines, warnings);
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

    SpecialProcedures specialProcedures() {
        return cooperation;
    }
}
