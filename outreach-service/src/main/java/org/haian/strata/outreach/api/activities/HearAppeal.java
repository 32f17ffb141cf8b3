package org.haian.strata.outreach.api.activities;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.outreach.api.references.PersonReference;

/** 听取诉求 - hear a registered person's appeal at the activity. */
public record HearAppeal(@TargetAggregateIdentifier String activityId, String appealId, String personId,
                         PersonReference person, String subject) {
}
