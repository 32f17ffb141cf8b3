package org.haian.strata.liaison.api.conference;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 成员单位退出 - take a member unit off the joint conference. */
public record LeaveMemberUnit(@TargetAggregateIdentifier String conferenceId, String unit) {
}
