package org.haian.strata.analytics.engine;

import java.time.LocalDate;

/** Where a figure source puts what it counts. */
public interface Tally {

    /**
     * @param businessDay the day the counted thing happened or began: the event's own date where it carries one,
     *                    else the day it was recorded
     * @param amount      how much it adds (negative: takes off)
     */
    void add(Cell cell, Figure figure, LocalDate businessDay, long amount);
}
