package org.upright.ingest.treaty;

import java.util.Objects;

/**
 * A treaty body's request for the State party's next report: which report, as the observations write it ("fifth",
 * "combined eighth and ninth", "initial", "next"; null when they name none), and the date it is due (ISO, at the
 * precision given: "2020-11-30", "2022-03", "2029").
 */
public record NextReportRequest(String ordinal, String dueDate) {

    public NextReportRequest {
        Objects.requireNonNull(dueDate, "dueDate");
    }
}
