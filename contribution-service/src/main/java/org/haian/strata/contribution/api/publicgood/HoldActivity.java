package org.haian.strata.contribution.api.publicgood;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.PublicGoodActivityKind;

/** 公益活动 - record a public-good activity and the people who took part. */
public record HoldActivity(@TargetAggregateIdentifier String activityId, String township, Category category,
                           PublicGoodActivityKind kind, String title, LocalDate heldOn, List<String> participantIds) {
}
