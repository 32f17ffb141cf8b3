package org.haian.strata.contribution.api.research;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 提交调研报告 - the authors submit the topic's report. */
public record SubmitResearchReport(@TargetAggregateIdentifier String topicId, String reportTitle,
                                   String documentReference) {
}
