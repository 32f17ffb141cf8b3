package org.haian.strata.outreach.api.visits;

import org.haian.strata.contract.Category;

/**
 * One page of problems raised on visits, the earliest due first, then by id; each filter is optional.
 *
 * @param state open, overdue (as of today in Hai'an) or resolved; {@code null} for all
 */
public record ListProblems(String township, Category category, ProblemState state, int page, int size) {
}
