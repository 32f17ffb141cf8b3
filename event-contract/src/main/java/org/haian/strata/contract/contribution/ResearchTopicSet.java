package org.haian.strata.contract.contribution;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;

/**
 * The city set a research topic (专题调研) for the association, e.g. "Suggestions on strengthening the headquarters
 * economy". A city-level record: it belongs to no township.
 *
 * @param topicId  the topic's aggregate id
 * @param title    the topic
 * @param category the category whose members research it, in which it is counted
 */
@Revision("1")
public record ResearchTopicSet(String topicId, String title, Category category) {
}
