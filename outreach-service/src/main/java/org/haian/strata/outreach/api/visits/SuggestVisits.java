package org.haian.strata.outreach.api.visits;

import org.haian.strata.contract.Category;

/** Next week's visit (每周一访) for a township and category: the organisations in {@link VisitPriority}'s order. */
public record SuggestVisits(String township, Category category, int limit) {
}
