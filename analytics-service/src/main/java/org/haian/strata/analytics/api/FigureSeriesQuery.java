package org.haian.strata.analytics.api;

import java.time.LocalDate;

import org.haian.strata.contract.Category;

/**
 * A value per month between two days, of one township, one category, one township's category, or the whole city.
 *
 * @param township {@code null}: every township (and, for a category, the city-level units)
 * @param category {@code null}: every category
 * @param knownAt  {@code null}: everything recorded so far
 */
public record FigureSeriesQuery(LocalDate from, LocalDate to, String township, Category category,
                                LocalDate knownAt) {
}
