package org.haian.strata.analytics.engine;

import java.time.LocalDate;

/**
 * One increment of a figure in a cell.
 *
 * @param businessDay from which day it counts (as of that day and every later one)
 * @param recordedDay from which day it was known (as known at the end of that day and later)
 */
public record Count(Cell cell, String figure, LocalDate businessDay, LocalDate recordedDay, long amount) {
}
