package org.haian.strata.contribution.api.suggestions;

import java.time.Instant;

/**
 * One step a suggestion took: who took it and when it was recorded.
 *
 * @param detail the step's own words: a rejection's reason, the adopting body, the implementation's note, the plan
 */
public record SuggestionStep(SuggestionStatus status, String by, Instant at, String detail) {
}
