package org.haian.strata.contribution.api.suggestions;

import java.util.List;

/** One page of suggestions and how many match the filters in all. */
public record SuggestionPage(List<SuggestionView> items, int page, int size, long total) {
}
