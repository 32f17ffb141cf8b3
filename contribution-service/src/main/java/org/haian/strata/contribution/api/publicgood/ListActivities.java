package org.haian.strata.contribution.api.publicgood;

import org.haian.strata.contract.contribution.ActivityKind;

/** One page of activities, latest first; each filter is optional ({@code null} matches every value). */
public record ListActivities(String township, ActivityKind kind, int page, int size) {
}
