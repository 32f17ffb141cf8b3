package org.haian.strata.liaison.api.association;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 吸收会员 - admit a registered person to the association, in a branch or (branchId null) at large. */
public record AdmitPersonToAssociation(@TargetAggregateIdentifier String associationId, String personId,
                                       String branchId) {
}
