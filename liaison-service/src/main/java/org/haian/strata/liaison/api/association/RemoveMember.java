package org.haian.strata.liaison.api.association;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 会员退出 - end a person's membership of the association. */
public record RemoveMember(@TargetAggregateIdentifier String associationId, String personId, String reason) {
}
