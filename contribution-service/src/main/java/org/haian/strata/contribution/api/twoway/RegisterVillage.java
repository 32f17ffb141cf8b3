package org.haian.strata.contribution.api.twoway;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.contribution.VillageKind;

/** 登记村居 - enter a village or community in its township's two-way service registry. */
public record RegisterVillage(@TargetAggregateIdentifier String villageId, String township, String name,
                              VillageKind kind) {
}
