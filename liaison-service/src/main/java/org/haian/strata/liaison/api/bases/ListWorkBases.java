package org.haian.strata.liaison.api.bases;

import org.haian.strata.contract.Category;

/**
 * One page of work bases, open and closed, sorted by name and then id; each filter is optional ({@code null} matches
 * every value).
 */
public record ListWorkBases(String township, Category category, int page, int size) {
}
