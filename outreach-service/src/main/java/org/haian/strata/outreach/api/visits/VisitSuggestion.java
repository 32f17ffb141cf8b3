package org.haian.strata.outreach.api.visits;

import java.util.List;

import org.haian.strata.contract.Category;

/** The organisations of a township and category in the order they should be visited; the first is next week's. */
public record VisitSuggestion(String township, Category category, List<VisitCandidate> candidates) {
}
