package org.haian.strata.contribution.api.suggestions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 采纳 - a body adopts an accepted suggestion. */
public record AdoptSuggestion(@TargetAggregateIdentifier String suggestionId, String body) {
}
