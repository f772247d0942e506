package org.upright.obligation;

/**
 * OHCHR's reporting-compliance indicator for a State, as its treaty-body database counts it: of the treaty bodies the
 * State reports to, how many reports are overdue and how many bodies are up to date.
 */
public record ReportingCompliance(int bodies, int overdue, int upToDate, Integer percentUpToDate) {

    static ReportingCompliance of(java.util.List<BodyReporting> rows) {
        int overdue = (int) rows.stream().filter(r -> r.status() == ReportingStatus.OVERDUE).count();
        int bodies = rows.size();
        return new ReportingCompliance(bodies, overdue, bodies - overdue,
                bodies == 0 ? null : Math.round(100f * (bodies - overdue) / bodies));
    }
}
