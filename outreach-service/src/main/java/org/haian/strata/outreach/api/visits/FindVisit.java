package org.haian.strata.outreach.api.visits;

/** One visit. */
public record FindVisit(String visitId) {
}
