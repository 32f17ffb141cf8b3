package org.haian.strata.liaison.api.bases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.Category;

/**
 * 建立工作基地 - set up a work base on an organisation of the registry, which must be there and within the caller's
 * township; decided with the establishment ({@code EstablishWorkBase} is what begins the base).
 */
public record EstablishWorkBaseOnAnchor(@TargetAggregateIdentifier String baseId, String name, Category category,
                                        String township, String anchorOrganisationId) {
}
