package org.haian.strata.reminders.digest;

import java.net.URI;
import java.util.List;

import org.haian.strata.reminders.api.Reminder;
import org.haian.strata.reminders.api.ReminderFeed;
import org.haian.strata.reminders.api.Subject;

/**
 * The text of one township officer's digest: a line or two per reminder, the most overdue first, each with its link
 * through the gateway. People appear by id only, as in the feed: their names are personal data, shown at the link.
 *
 * @param subject the mail's subject line
 * @param text    its plain-text body
 */
public record DigestMail(String subject, String text) {

    static DigestMail of(String townshipCode, String townshipName, ReminderFeed feed, URI baseUrl) {
        List<Reminder> items = feed.items();
        String subject = "海安3+4+N 工作提醒 Reminders: %s (%s), %s, %d due".formatted(townshipName, townshipCode,
                feed.asOf(), items.size());
        StringBuilder text = new StringBuilder()
                .append("海安3+4+N 工作提醒 · Reminders for ").append(townshipName).append(" (").append(townshipCode)
                .append("), as of ").append(feed.asOf()).append("\n\n")
                .append(items.size()).append(items.size() == 1 ? " reminder is" : " reminders are")
                .append(" due, the most overdue first.\n");
        for (int i = 0; i < items.size(); i++) {
            Reminder item = items.get(i);
            text.append("\n").append(i + 1).append(". ").append(what(item)).append("\n   ").append(when(item))
                    .append("\n   ").append(link(baseUrl, item.link())).append("\n");
        }
        return new DigestMail(subject, text.toString());
    }

    private static String what(Reminder item) {
        Subject s = item.subject();
        String cadre = item.cadreId() == null ? "" : "; cadre " + item.cadreId();
        return switch (item.kind()) {
            case OVERDUE_CONTACT -> "联系逾期 Overdue contact: person " + s.personId() + " (" + s.category() + "), "
                    + "last contact or assignment " + s.since() + cadre;
            case OVERDUE_PROBLEM -> "问题跟踪逾期 Overdue problem: " + s.title() + " at "
                    + (s.organisationName() != null ? s.organisationName() : "organisation " + s.organisationId())
                    + ", followed up by " + s.owner() + ", raised " + s.since() + cadre;
            case STUCK_SUGGESTION -> "建言停滞 Stuck suggestion: " + s.title() + ", " + s.step() + " since "
                    + s.since();
            case ENDING_SUPERVISOR_TERM -> "监督员任期将满 Supervisor's term ending: person " + s.personId() + " at "
                    + (s.villageName() != null ? s.villageName() : "village " + s.villageId());
        };
    }

    private static String when(Reminder item) {
        long days = item.daysOverdue();
        return switch (item.kind()) {
            case ENDING_SUPERVISOR_TERM -> "ends " + item.dueOn() + ", " + -days + (days == -1 ? " day" : " days")
                    + " left";
            default -> "due " + item.dueOn() + ", " + days + (days == 1 ? " day" : " days") + " overdue";
        };
    }

    private static String link(URI baseUrl, String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
