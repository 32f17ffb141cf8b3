package org.haian.strata.analytics.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.haian.strata.contract.Category;

/**
 * A figure per month: a standing count (a {@code STOCK}) as of the month's last day, or of {@code to} in its month; a
 * count of happenings (a {@code FLOW}) within the month, between {@code from} and {@code to}.
 */
public record FigureSeries(LocalDate from, LocalDate to, String township, Category category, LocalDate knownAt,
                           List<Month> months, List<CatchingUp> catchingUp) {

    public record Month(YearMonth month, Map<String, Long> figures) {
    }
}
