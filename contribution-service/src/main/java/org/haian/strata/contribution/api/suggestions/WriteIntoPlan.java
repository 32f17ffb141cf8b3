package org.haian.strata.contribution.api.suggestions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 写入规划 - record that an implemented suggestion was written into a plan. */
public record WriteIntoPlan(@TargetAggregateIdentifier String suggestionId, String plan) {
}
