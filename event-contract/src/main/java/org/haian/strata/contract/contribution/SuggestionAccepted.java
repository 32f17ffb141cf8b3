package org.haian.strata.contract.contribution;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A submitted suggestion was accepted for consideration (采纳受理).
 *
 * @param suggestionId   the suggestion's aggregate id
 * @param township       the suggestion's township
 * @param category       the suggestion's category
 * @param fromAgreement  whether it came from a two-way service agreement, for the funnel of those suggestions
 */
@Revision("1")
public record SuggestionAccepted(String suggestionId, String township, Category category, boolean fromAgreement)
        implements TownshipEvent {
}
