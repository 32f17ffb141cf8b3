package org.haian.strata.contribution.api.suggestions;

import org.haian.strata.contract.Category;

/**
 * One page of suggestions, newest first; each filter is optional ({@code null} matches every value).
 *
 * @param fromAgreement {@code true}: only those from a two-way agreement; {@code false}: only the others
 */
public record ListSuggestions(String township, Category category, SuggestionStatus status, Boolean fromAgreement,
                              int page, int size) {
}
