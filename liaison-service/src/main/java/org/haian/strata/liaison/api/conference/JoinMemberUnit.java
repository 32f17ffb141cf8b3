package org.haian.strata.liaison.api.conference;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.Category;

/** 成员单位加入 - make a city unit a member of the joint conference, serving one category. */
public record JoinMemberUnit(@TargetAggregateIdentifier String conferenceId, String unit, Category category) {
}
