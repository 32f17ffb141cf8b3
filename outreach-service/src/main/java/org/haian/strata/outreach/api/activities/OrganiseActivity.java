package org.haian.strata.outreach.api.activities;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.outreach.ActivityKind;

/** 组织活动 - organise an activity of a programme or a co-hosted event, in a township. */
public record OrganiseActivity(@TargetAggregateIdentifier String activityId, String township, Category category,
                               ActivityKind kind, String title, LocalDate heldOn, List<String> partnerUnits) {
}
