package org.haian.strata.analytics.api;

/** Every figure of the city in one answer, at a {@link PointInTime}. */
public record CityStatisticsQuery(PointInTime at) {
}
