package org.haian.strata.reminders.api;

/**
 * The reminders due today for one reader's scope, already confined by the web layer to what the reader may see.
 *
 * @param township a township's reminders only; with no cadre and no township, every township's
 * @param cadreId  one cadre's reminders only
 * @param kind     one kind only, or every kind
 */
public record FindReminders(String township, String cadreId, ReminderKind kind) {
}
