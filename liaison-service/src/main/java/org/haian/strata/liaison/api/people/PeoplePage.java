package org.haian.strata.liaison.api.people;

import java.util.List;

/** One page of a registry search, and how many people match in all. */
public record PeoplePage(List<PersonSummary> items, int page, int size, long total) {
}
