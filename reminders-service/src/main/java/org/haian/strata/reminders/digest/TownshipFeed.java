package org.haian.strata.reminders.digest;

import org.haian.strata.reminders.api.ReminderFeed;

/** The reminders a township officer sees today: what a digest holds. */
@FunctionalInterface
public interface TownshipFeed {

    ReminderFeed of(String township);
}
