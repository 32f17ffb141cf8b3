package org.haian.strata.outreach.api.activities;

import org.haian.strata.contract.Category;
import org.haian.strata.contract.outreach.ActivityKind;

/** One page of activities, the latest first, then by id; each filter is optional. */
public record ListActivities(String township, Category category, ActivityKind kind,
                             ActivityKind.Programme programme, int page, int size) {
}
