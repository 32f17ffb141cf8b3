package org.haian.strata.analytics.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.haian.strata.contract.Category;

/**
 * One township's figures: in all, and broken down by category.
 *
 * @param asOf       the day the figures are as of (the end of it)
 * @param knownAt    the day until whose end what was recorded counts; {@code null}: everything recorded so far
 * @param catchingUp figures left out of the maps because they are still being counted over past events
 */
public record TownshipStatistics(String township, String name, Map<String, Long> figures,
                                 Map<Category, Map<String, Long>> byCategory, LocalDate asOf, LocalDate knownAt,
                                 List<CatchingUp> catchingUp) {
}
