package org.haian.strata.reminders.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The reminders due as of a day in Hai'an, the most overdue first.
 *
 * @param asOf today in Hai'an, the day every reminder was evaluated against
 */
public record ReminderFeed(LocalDate asOf, List<Reminder> items) {
}
