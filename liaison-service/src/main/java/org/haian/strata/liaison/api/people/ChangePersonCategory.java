package org.haian.strata.liaison.api.people;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.Category;

/** 调整类别 - put a person in another of the four categories. */
public record ChangePersonCategory(@TargetAggregateIdentifier String personId, Category category) {
}
