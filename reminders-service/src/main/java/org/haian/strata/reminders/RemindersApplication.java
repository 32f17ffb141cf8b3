package org.haian.strata.reminders;

import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.platform.ServiceLauncher;
import org.haian.strata.reminders.api.FindReminders;
import org.haian.strata.reminders.api.ReminderFeed;
import org.haian.strata.reminders.digest.TownshipFeed;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Reminders that keep the liaison work alive (提醒): overdue contacts, overdue follow-ups of visit problems,
 * suggestions stuck in one step, supervisors' terms about to end. A read side over every context's events, with a
 * feed per user and a daily e-mail digest per township officer; it publishes no events of its own.
 */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(RemindersSettings.class)
public class RemindersApplication {

    public static void main(String[] args) {
        ServiceLauncher.run(RemindersApplication.class, args);
    }

    /** A township's reminders as of today, for its officer's digest: the same query as the officer's feed. */
    @Bean
    TownshipFeed townshipFeed(QueryGateway queries) {
        return township -> queries.query(new FindReminders(township, null, null), ReminderFeed.class).join();
    }
}
