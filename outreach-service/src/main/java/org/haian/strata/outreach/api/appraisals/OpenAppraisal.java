package org.haian.strata.outreach.api.appraisals;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.outreach.AppraisalKind;

/** 开展评选 - open the appraisal of a year and kind (十佳网友 / 网媒 / 网文). */
public record OpenAppraisal(@TargetAggregateIdentifier String appraisalId, int year, AppraisalKind kind) {
}
