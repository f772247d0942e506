package org.upright.obligation;

import org.upright.reference.Country;

/**
 * A State at a glance: how many stored documents speak of it, how many recommendations to ratify are still open and
 * how many treaty bodies wait for an overdue report.
 */
public record CountrySummary(Country country, int documents, int openRatifyRecommendations, int overdueReports) {
}
