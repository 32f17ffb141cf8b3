package org.haian.strata.contribution.api.research;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 不予采纳 - the city decides not to adopt a submitted report. */
public record DeclineResearchReport(@TargetAggregateIdentifier String topicId, String reason) {
}
