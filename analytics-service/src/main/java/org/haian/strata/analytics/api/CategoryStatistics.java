package org.haian.strata.analytics.api;

import java.util.Map;

import org.haian.strata.contract.Category;

/** One category's figures: in all, and broken down by township. */
public record CategoryStatistics(Category category, Map<String, Long> figures,
                                 Map<String, Map<String, Long>> byTownship) {
}
