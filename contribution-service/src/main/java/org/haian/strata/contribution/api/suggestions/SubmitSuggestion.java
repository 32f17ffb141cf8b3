package org.haian.strata.contribution.api.suggestions;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.SuggestionLevel;

/** 提交建言 - submit a suggestion, by one or more authors, optionally from an agreement or a meeting. */
public record SubmitSuggestion(@TargetAggregateIdentifier String suggestionId, String township, Category category,
                               List<String> authorIds, String topic, String text, SuggestionLevel level,
                               String agreementId, String meetingId) {
}
