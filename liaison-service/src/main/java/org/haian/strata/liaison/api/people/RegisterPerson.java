package org.haian.strata.liaison.api.people;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.Category;

/** Enter a new-social-strata person (新的社会阶层人士) in the registry. */
public record RegisterPerson(@TargetAggregateIdentifier String personId, String name, Category category,
                             String township, String organisation, String role) {
}
