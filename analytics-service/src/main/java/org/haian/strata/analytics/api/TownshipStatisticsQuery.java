package org.haian.strata.analytics.api;

/** The figures of one township (区镇), in all and per category, at a {@link PointInTime}. */
public record TownshipStatisticsQuery(String township, PointInTime at) {
}
