package org.haian.strata.liaison.api.people;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 删除个人信息 - erase a person's personal data for good, with the reason the law requires to be recorded. */
public record ForgetPerson(@TargetAggregateIdentifier String personId, String reason) {
}
