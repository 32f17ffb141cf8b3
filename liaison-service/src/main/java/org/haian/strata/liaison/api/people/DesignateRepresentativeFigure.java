package org.haian.strata.liaison.api.people;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 认定代表人士 - designate a person a representative figure of the new social strata. */
public record DesignateRepresentativeFigure(@TargetAggregateIdentifier String personId) {
}
