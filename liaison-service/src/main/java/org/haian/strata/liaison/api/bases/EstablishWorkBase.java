package org.haian.strata.liaison.api.bases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.Category;

/** 建立工作基地 - set up a work base for one category, anchored on an organisation in the registry. */
public record EstablishWorkBase(@TargetAggregateIdentifier String baseId, String name, Category category,
                                String township, String anchorOrganisationId) {
}
