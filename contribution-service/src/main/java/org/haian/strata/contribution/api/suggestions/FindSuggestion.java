package org.haian.strata.contribution.api.suggestions;

/** One suggestion with its steps. */
public record FindSuggestion(String suggestionId) {
}
