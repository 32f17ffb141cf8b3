package org.haian.strata.contribution.api.publicgood;

import java.time.LocalDate;
import java.util.List;

import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.PublicGoodActivityKind;

/** A public-good activity (公益活动) and who took part. */
public record ActivityView(String activityId, String township, Category category, PublicGoodActivityKind kind, String title,
                           LocalDate heldOn, List<String> participantIds) {
}
