package org.haian.strata.outreach.api.activities;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.outreach.api.references.PersonReference;

/** 邀请 - invite registered people; {@code people} is what outreach's view knows of {@code personIds}. */
public record InvitePeople(@TargetAggregateIdentifier String activityId, List<String> personIds,
                           List<PersonReference> people) {
}
