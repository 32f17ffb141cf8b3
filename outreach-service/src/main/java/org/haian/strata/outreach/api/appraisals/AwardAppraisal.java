package org.haian.strata.outreach.api.appraisals;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 评出十佳 - award the top ten of a closed appraisal, once. */
public record AwardAppraisal(@TargetAggregateIdentifier String appraisalId) {
}
