package org.upright.ingest.model;

/** A visit agreed in principle or requested, with the date as printed and as an ISO partial date. */
public record PlannedVisit(String mandate, String dateText, String date, Integer footnote) {
}
