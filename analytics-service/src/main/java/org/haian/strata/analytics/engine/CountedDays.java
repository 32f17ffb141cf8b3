package org.haian.strata.analytics.engine;

import java.time.LocalDate;

import org.haian.strata.platform.time.DateWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The days the read side counts in: from the first day commands take ({@link DateWindow#EARLIEST}) to the end of this
 * century. An event's date outside it is a typing error or a placeholder (a date near {@link LocalDate#MAX} once made
 * a figure throw for everyone); it is moved to the nearest end of the window with a warning instead of stopping a processor,
 * and the API refuses to be asked about days outside it.
 */
public final class CountedDays {

    public static final LocalDate EARLIEST = DateWindow.EARLIEST;
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private static final Logger log = LoggerFactory.getLogger(CountedDays.class);

    private CountedDays() {
    }

    public static boolean contains(LocalDate day) {
        return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }

    /**
     * The day itself if it lies in the window, else the nearest end of it.
     *
     * @param what what the day is, for the warning
     */
    public static LocalDate clamp(LocalDate day, String what) {
        if (contains(day)) {
            return day;
        }
        LocalDate clamped = day.isBefore(EARLIEST) ? EARLIEST : LATEST;
        log.warn("{} {} lies outside {}..{}; counted on {}", what, day, EARLIEST, LATEST, clamped);
        return clamped;
    }
}
