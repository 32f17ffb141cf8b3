package org.haian.strata.analytics.api;

import org.haian.strata.contract.Category;

/**
 * The figures of one category, in all and per township, at a {@link PointInTime}.
 *
 * @param township {@code null} for the whole city; otherwise only that township's figures, in all and as its row
 */
public record CategoryStatisticsQuery(Category category, String township, PointInTime at) {
}
