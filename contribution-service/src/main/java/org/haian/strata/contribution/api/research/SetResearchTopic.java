package org.haian.strata.contribution.api.research;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.Category;

/** 确定调研课题 - the city sets a research topic. */
public record SetResearchTopic(@TargetAggregateIdentifier String topicId, String title, Category category) {
}
