package org.haian.strata.reminders.api;

import java.time.LocalDate;

/**
 * One notification for the cadre or township officer responsible, as of the day it was read: nothing here is
 * stored as overdue, so a late event (a contact logged for last week, a resolution) takes the reminder away at once.
 *
 * @param id          stable over days: the same watched thing keeps its id
 * @param township    the township (区镇) the record belongs to; its officer sees the reminder
 * @param cadreId     the cadre it is for (a cadre's id is their sign-in name), or null for the township's officer
 * @param dueOn       the last day to act: the contact period's last day, a problem's due day, the last day a
 *                    suggestion may wait in its step; for a supervisor's term, the first day the person is no
 *                    longer in office
 * @param daysOverdue days since {@code dueOn}: 1 on the day after it; zero or negative (the days left) for a term
 *                    about to end
 * @param link        the API path of the person, visit, suggestion or village, through the gateway
 */
public record Reminder(String id, ReminderKind kind, String township, String cadreId, Subject subject,
                       LocalDate dueOn, long daysOverdue, String link) {
}
