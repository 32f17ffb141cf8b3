package org.haian.strata.outreach.api.visits;

import org.haian.strata.contract.Category;

/**
 * One page of visits, latest planned day first, then by id; each filter is optional ({@code null} matches all).
 *
 * @param logged {@code true} only those that took place, {@code false} only those still planned
 */
public record ListVisits(String township, Category category, String organisationId, Boolean logged, int page,
                         int size) {
}
