package org.haian.strata.analytics.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.haian.strata.contract.Category;

/**
 * One category's figures: in all (with the city-level member units), and broken down by township.
 *
 * @param catchingUp figures left out of the maps because they are still being counted over past events
 */
public record CategoryStatistics(Category category, Map<String, Long> figures,
                                 Map<String, Map<String, Long>> byTownship, LocalDate asOf, LocalDate knownAt,
                                 List<CatchingUp> catchingUp) {
}
