package org.upright.ingest.model;

/**
 * A row of the reporting table: a treaty body, the latest report and concluding observations (partial dates),
 * the follow-up response cell, and the reporting status (overdue | due | received | included-in-next) with its date.
 */
public record TreatyBodyReport(String body, String latestReportSubmittedAndConsidered,
                               String latestConcludingObservations, String followUpResponse,
                               String reportingStatusText, String status, String statusDate) {
}
