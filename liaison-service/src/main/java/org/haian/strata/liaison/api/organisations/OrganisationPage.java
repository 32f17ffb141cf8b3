package org.haian.strata.liaison.api.organisations;

import java.util.List;

/** One page of organisations and how many match the filters in all. */
public record OrganisationPage(List<OrganisationView> items, int page, int size, long total) {
}
