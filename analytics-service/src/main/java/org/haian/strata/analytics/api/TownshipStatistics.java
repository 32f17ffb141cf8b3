package org.haian.strata.analytics.api;

import java.util.Map;

import org.haian.strata.contract.Category;

/** One township's figures: in all, and broken down by category. */
public record TownshipStatistics(String township, String name, Map<String, Long> figures,
                                 Map<Category, Map<String, Long>> byCategory) {
}
