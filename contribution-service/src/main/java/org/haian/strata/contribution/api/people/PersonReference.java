package org.haian.strata.contribution.api.people;

import org.haian.strata.contract.Category;

/**
 * A person as this service knows them from liaison's events: where they are, their category, whether they have
 * left the registry and whether they are a member (会员) of the association. No name: this service needs none.
 */
public record PersonReference(String personId, String township, Category category, boolean archived,
                              boolean member) {
}
