package org.haian.strata.analytics.api;

import org.haian.strata.contract.Category;

/** The figures of one category, in all and per township. */
public record CategoryStatisticsQuery(Category category) {
}
