package org.haian.strata.contribution.api.meetings;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 会上建言 - record what an attending member raised at the meeting. */
public record RaiseContribution(@TargetAggregateIdentifier String meetingId, String contributionId, String personId,
                                String text) {
}
