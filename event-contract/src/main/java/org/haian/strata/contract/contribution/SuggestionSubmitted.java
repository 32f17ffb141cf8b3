package org.haian.strata.contract.contribution;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * Members put a suggestion (建言献策) to the government; it now waits to be accepted or rejected.
 *
 * @param suggestionId the suggestion's aggregate id
 * @param township     the township (区镇) that keeps the suggestion
 * @param category     the category the suggestion is counted in
 * @param authorIds    the people who wrote it, by their ids in liaison's registry, at least one
 * @param topic        what it is about, in a line
 * @param text         the suggestion itself
 * @param level        the level of government it is addressed to
 * @param agreementId  the two-way service agreement (双向服务) it came from, or null
 * @param meetingId    the government meeting (列席政府工作会议) it was raised at, or null
 */
@Revision("1")
public record SuggestionSubmitted(String suggestionId, String township, Category category, List<String> authorIds,
                                  String topic, String text, SuggestionLevel level, String agreementId,
                                  String meetingId) implements TownshipEvent {
}
