package org.haian.strata.outreach.api.appraisals;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 投票 - a voter's votes, one for each nominee named; all are taken or none. */
public record CastVotes(@TargetAggregateIdentifier String appraisalId, String voterId, List<String> nomineeIds) {
}
