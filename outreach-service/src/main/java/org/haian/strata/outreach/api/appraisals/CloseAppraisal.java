package org.haian.strata.outreach.api.appraisals;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 截止 - end nominations and votes. */
public record CloseAppraisal(@TargetAggregateIdentifier String appraisalId) {
}
