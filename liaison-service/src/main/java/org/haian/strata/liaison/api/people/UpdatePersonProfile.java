package org.haian.strata.liaison.api.people;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 更新人士信息 - replace a person's profile: organisation, role and contact channels; null clears a field. */
public record UpdatePersonProfile(@TargetAggregateIdentifier String personId, String organisation, String role,
                                  String phone, String email, String wechat) {
}
