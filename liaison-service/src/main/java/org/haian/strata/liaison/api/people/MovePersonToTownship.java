package org.haian.strata.liaison.api.people;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 转移区镇 - hand a person over to the registry of another township (区镇). */
public record MovePersonToTownship(@TargetAggregateIdentifier String personId, String township) {
}
