package org.haian.strata.contract.contribution;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * An accepted suggestion was adopted (被采纳) by a government body, which will carry it out.
 *
 * @param suggestionId  the suggestion's aggregate id
 * @param township      the suggestion's township
 * @param category      the suggestion's category
 * @param fromAgreement whether it came from a two-way service agreement
 * @param body          the body that adopted it (e.g. the township government, a city bureau)
 */
@Revision("1")
public record SuggestionAdopted(String suggestionId, String township, Category category, boolean fromAgreement,
                                String body) implements TownshipEvent {
}
