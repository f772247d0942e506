package org.upright.obligation;

import org.upright.common.PartialDate;

/**
 * A State's reporting to one treaty body as of a date: its latest report considered, the latest concluding
 * observations, the status ({@code due} / {@code overdue} since / {@code received}) with its date, and the next report
 * due. {@code computed} says the due date comes from the treaty's reporting periods, not from a document.
 */
public record BodyReporting(String body, String instrument, PartialDate latestReport, PartialDate latestObservations,
                            ReportingStatus status, PartialDate statusDate, PartialDate nextReportDue,
                            String statusText, boolean computed, Source source) {
}
