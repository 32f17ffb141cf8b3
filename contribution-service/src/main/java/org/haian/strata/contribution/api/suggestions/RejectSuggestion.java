package org.haian.strata.contribution.api.suggestions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 不予受理 - reject a submitted suggestion, saying why. */
public record RejectSuggestion(@TargetAggregateIdentifier String suggestionId, String reason) {
}
