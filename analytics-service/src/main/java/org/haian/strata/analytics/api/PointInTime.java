package org.haian.strata.analytics.api;

import java.time.LocalDate;

/**
 * When figures are read: as of the end of a business day, counting what was recorded until the end of another.
 *
 * @param asOf    {@code null}: today in Hai'an
 * @param knownAt {@code null}: everything recorded so far; a day: only what was recorded by the end of that day in
 *                Hai'an, i.e. what the city could report then, before later corrections came in
 */
public record PointInTime(LocalDate asOf, LocalDate knownAt) {

    public static final PointInTime NOW = new PointInTime(null, null);
}
