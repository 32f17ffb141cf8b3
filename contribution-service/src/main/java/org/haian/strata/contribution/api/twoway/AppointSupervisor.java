package org.haian.strata.contribution.api.twoway;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.Category;

/** 聘任政务公开监督员 - appoint a person the village's disclosure supervisor for a term. */
public record AppointSupervisor(@TargetAggregateIdentifier String villageId, String personId, Category category,
                                LocalDate termStart, LocalDate termEnd) {
}
