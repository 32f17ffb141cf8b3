package org.haian.strata.analytics.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The scorecard per month: each month's headline figures and coverage ratios as of its last day (the last month's
 * as of {@code to}), keyed as the scorecard's {@link Scorecard.Headline#key} and {@link Scorecard.Coverage#key}.
 *
 * @param township {@code null}: the whole city
 */
public record ScorecardSeries(LocalDate from, LocalDate to, String township, LocalDate knownAt, List<Month> months,
                              List<CatchingUp> catchingUp) {

    public record Month(YearMonth month, Map<String, Long> figures, Map<String, Double> coverage) {
    }
}
