package org.haian.strata.liaison.api.organisations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.OrganisationKind;

/** 登记组织 - enter an organisation where new-social-strata people work; followers only for a media outlet. */
public record RegisterOrganisation(@TargetAggregateIdentifier String organisationId, String name,
                                   OrganisationKind kind, Category category, String township, int headcount,
                                   int influence, Integer followers) {
}
