package org.haian.strata.liaison.api.organisations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.Category;

/** 更新组织信息 - replace an organisation's details; its kind stays what it was registered as. */
public record UpdateOrganisation(@TargetAggregateIdentifier String organisationId, String name, Category category,
                                 String township, int headcount, int influence, Integer followers) {
}
