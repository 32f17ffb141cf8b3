package org.haian.strata.contribution.api.research;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 指定课题组成员 - assign authors to a topic whose report is not yet in. */
public record AssignResearchAuthors(@TargetAggregateIdentifier String topicId, List<String> authorIds) {
}
