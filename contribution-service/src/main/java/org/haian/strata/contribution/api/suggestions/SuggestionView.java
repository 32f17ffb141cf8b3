package org.haian.strata.contribution.api.suggestions;

import java.time.LocalDate;
import java.util.List;

import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.SuggestionLevel;

/** A suggestion (建言献策), where it stands, and every step it took, oldest first. */
public record SuggestionView(String suggestionId, String township, Category category, List<String> authorIds,
                             String topic, String text, SuggestionLevel level, String agreementId, String meetingId,
                             SuggestionStatus status, String adoptedBy, String implementationNote,
                             LocalDate implementedOn, String documentReference, String plan,
                             List<SuggestionStep> steps) {
}
