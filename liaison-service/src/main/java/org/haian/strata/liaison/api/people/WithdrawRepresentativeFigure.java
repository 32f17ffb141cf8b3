package org.haian.strata.liaison.api.people;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 取消代表人士 - withdraw a person's designation as a representative figure. */
public record WithdrawRepresentativeFigure(@TargetAggregateIdentifier String personId) {
}
