package org.haian.strata.contribution.api.publicgood;

import org.haian.strata.contract.contribution.PublicGoodActivityKind;

/** One page of activities, latest first; each filter is optional ({@code null} matches every value). */
public record ListActivities(String township, PublicGoodActivityKind kind, int page, int size) {
}
