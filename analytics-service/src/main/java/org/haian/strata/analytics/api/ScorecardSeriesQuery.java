package org.haian.strata.analytics.api;

import java.time.LocalDate;

/** @param township {@code null}: the whole city */
public record ScorecardSeriesQuery(LocalDate from, LocalDate to, String township, LocalDate knownAt) {
}
