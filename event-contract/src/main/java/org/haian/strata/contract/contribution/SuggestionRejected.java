package org.haian.strata.contract.contribution;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A submitted suggestion was not accepted; it takes no further step.
 *
 * @param suggestionId  the suggestion's aggregate id
 * @param township      the suggestion's township
 * @param category      the suggestion's category
 * @param fromAgreement whether it came from a two-way service agreement
 * @param reason        why it was not accepted
 */
@Revision("1")
public record SuggestionRejected(String suggestionId, String township, Category category, boolean fromAgreement,
                                 String reason) implements TownshipEvent {
}
