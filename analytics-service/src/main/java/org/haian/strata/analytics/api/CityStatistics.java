package org.haian.strata.analytics.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.haian.strata.contract.Category;

/**
 * The whole city in one answer: every total is a sum of the same township-and-category cells, so the sum over
 * townships, the sum over categories and the city total agree.
 *
 * @param figures                the city's total: every township, plus the city-level units
 * @param byTownship             per township code (every configured township, and any other an event named)
 * @param byCategory             per category, over every township and the city-level units
 * @param byTownshipAndCategory  per township, per category
 * @param cityLevel              per category, what belongs to no township (the joint conference's member units)
 * @param catchingUp             figures left out of the maps because they are still being counted over past events
 */
public record CityStatistics(LocalDate asOf, LocalDate knownAt, Map<String, Long> figures,
                             Map<String, Map<String, Long>> byTownship, Map<Category, Map<String, Long>> byCategory,
                             Map<String, Map<Category, Map<String, Long>>> byTownshipAndCategory,
                             Map<Category, Map<String, Long>> cityLevel, List<CatchingUp> catchingUp) {
}
