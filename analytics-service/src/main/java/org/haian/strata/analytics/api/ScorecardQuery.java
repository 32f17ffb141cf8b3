package org.haian.strata.analytics.api;

/**
 * The scorecard at a {@link PointInTime}.
 *
 * @param township {@code null}: the whole city
 */
public record ScorecardQuery(String township, PointInTime at) {
}
