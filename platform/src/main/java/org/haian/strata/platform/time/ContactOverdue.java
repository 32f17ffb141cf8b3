package org.haian.strata.platform.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

/**
 * When a listed person (列名联系) counts as overdue for a contact: a cadre keeps in touch at least once within
 * {@code haian.contact-overdue-after} (90 days by default) of the assignment's first day or of the last contact,
 * whichever is later. The one rule behind the overdue flags of a cadre's list, the overdue figures of analytics and
 * the reminders: each of them asks this class.
 *
 * @param after how long a person may go without a contact
 */
public record ContactOverdue(Period after) {

    /**
     * The first day on which an assignment last touched on {@code lastTouch} is overdue, or {@link LocalDate#MAX}
     * if that day lies beyond the calendar: a date that cannot be computed must never stop a list or a figure from
     * answering.
     */
    public LocalDate firstOverdueDay(LocalDate lastTouch) {
        try {
            return lastTouch.plus(after).plusDays(1);
        } catch (DateTimeException beyondTheCalendar) {
            return LocalDate.MAX;
        }
    }

    /** Whether, on {@code today}, an assignment last touched on {@code lastTouch} is overdue. */
    public boolean isOverdue(LocalDate lastTouch, LocalDate today) {
        return !today.isBefore(firstOverdueDay(lastTouch));
    }
}
