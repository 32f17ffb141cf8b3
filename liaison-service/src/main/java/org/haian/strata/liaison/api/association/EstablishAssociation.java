package org.haian.strata.liaison.api.association;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 成立新联会 - set up the New Social Strata Association. */
public record EstablishAssociation(@TargetAggregateIdentifier String associationId, String name) {
}
