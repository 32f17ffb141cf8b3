package org.haian.strata.liaison.api.organisations;

import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.OrganisationKind;

/**
 * One page of the organisations registry, sorted by name and then id so that paging is stable; each filter is
 * optional ({@code null} matches every value).
 */
public record ListOrganisations(String township, Category category, OrganisationKind kind, int page, int size) {
}
