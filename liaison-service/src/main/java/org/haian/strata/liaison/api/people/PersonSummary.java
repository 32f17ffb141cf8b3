package org.haian.strata.liaison.api.people;

import org.haian.strata.contract.Category;

/** A person as a line of a registry search. */
public record PersonSummary(String personId, String name, Category category, String township, String organisation,
                            String role, boolean representative, boolean archived) {
}
