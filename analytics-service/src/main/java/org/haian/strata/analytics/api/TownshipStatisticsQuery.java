package org.haian.strata.analytics.api;

/** The figures of one township (区镇), in all and per category. */
public record TownshipStatisticsQuery(String township) {
}
