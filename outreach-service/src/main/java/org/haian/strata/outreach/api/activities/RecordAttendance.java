package org.haian.strata.outreach.api.activities;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.outreach.api.references.PersonReference;

/** 签到 - a registered person took part; {@code person} is what outreach's view knows of them. */
public record RecordAttendance(@TargetAggregateIdentifier String activityId, String personId,
                               PersonReference person) {
}
