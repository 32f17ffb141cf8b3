package org.haian.strata.contract.contribution;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * An implemented suggestion was written into a plan (写入规划), e.g. a town's five-year plan: its last step.
 *
 * @param suggestionId  the suggestion's aggregate id
 * @param township      the suggestion's township
 * @param category      the suggestion's category
 * @param fromAgreement whether it came from a two-way service agreement
 * @param plan          which plan
 */
@Revision("1")
public record SuggestionWrittenIntoPlan(String suggestionId, String township, Category category,
                                        boolean fromAgreement, String plan) implements TownshipEvent {
}
