package org.haian.strata.outreach.api.connection;

/**
 * A page of half-year summaries, the latest period first; {@code township} {@code null} for every township,
 * {@code year} {@code null} for every year.
 */
public record ListContactSummaries(String township, Integer year, int page, int size) {
}
