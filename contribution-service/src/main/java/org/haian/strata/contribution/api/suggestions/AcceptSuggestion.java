package org.haian.strata.contribution.api.suggestions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 受理 - accept a submitted suggestion for consideration. */
public record AcceptSuggestion(@TargetAggregateIdentifier String suggestionId) {
}
