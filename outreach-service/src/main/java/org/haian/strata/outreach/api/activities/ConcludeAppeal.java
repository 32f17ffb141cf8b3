package org.haian.strata.outreach.api.activities;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.outreach.AppealOutcome;

/** 诉求办结 - record how an appeal heard at the activity ended. */
public record ConcludeAppeal(@TargetAggregateIdentifier String activityId, String appealId, AppealOutcome outcome,
                             LocalDate concludedOn, String note) {
}
