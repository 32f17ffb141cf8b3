package org.haian.strata.outreach.api.connection;

/** One half-year summary with its filings. */
public record FindContactSummary(String summaryId) {
}
