package org.haian.strata.reminders.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.haian.strata.platform.township.Townships;
import org.haian.strata.reminders.RemindersSettings;
import org.haian.strata.reminders.api.DigestOutcome;
import org.haian.strata.reminders.api.DigestRun;
import org.haian.strata.reminders.api.ReminderFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily digest (每日提醒) per township officer: their township's reminders as of today, by e-mail through the
 * configured SMTP server ({@code spring.mail.*}), on the schedule {@code haian.reminders.digest.cron} in Hai'an
 * time, or at once for the city administrator. With no SMTP server configured (the local default) each digest is
 * logged as skipped; a server that refuses one fails that officer's digest only, and the others still go.
 *
 * <p>Every instance of the service sends on its schedule: run one instance with the schedule on.
 */
@Component
public class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    private final TownshipFeed feeds;
    private final ObjectProvider<JavaMailSender> mail;
    private final RemindersSettings.Digest settings;
    private final Townships townships;
    private final Clock clock;

    public Digests(TownshipFeed feeds, ObjectProvider<JavaMailSender> mail, RemindersSettings settings,
                   Townships townships, Clock clock) {
        this.feeds = feeds;
        this.mail = mail;
        this.settings = settings.digest();
        this.townships = townships;
        this.clock = clock;
        settings.digest().officers().forEach((officer, to) -> {
            if (!townships.isKnown(to.township())) {
                throw new IllegalStateException("haian.reminders.digest.officers." + officer + ".township: '"
                        + to.township() + "' is not a known township code");
            }
        });
    }

    @Scheduled(cron = "${haian.reminders.digest.cron}", zone = "${haian.time-zone}")
    void daily() {
        DigestRun run = sendAll();
        log.info("Daily digests of {}: {}", run.asOf(), run.digests().stream()
                .map(d -> d.officer() + " " + d.status()).toList());
    }

    /** One digest to each configured officer, each on its own: one that fails stops none of the others. */
    public DigestRun sendAll() {
        List<DigestOutcome> outcomes = new ArrayList<>();
        for (Map.Entry<String, RemindersSettings.Officer> officer : settings.officers().entrySet()) {
            outcomes.add(send(officer.getKey(), officer.getValue()));
        }
        return new DigestRun(LocalDate.now(clock), outcomes);
    }

    private DigestOutcome send(String officer, RemindersSettings.Officer to) {
        ReminderFeed feed = feeds.of(to.township());
        int count = feed.items().size();
        if (count == 0) {
            log.info("Digest for {} ({}): nothing is due, no mail", officer, to.township());
            return new DigestOutcome(officer, to.township(), to.email(), 0, DigestOutcome.Status.NOTHING_DUE, null);
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            String why = "no SMTP server is configured (set SPRING_MAIL_HOST and SPRING_MAIL_PORT)";
            log.info("Digest for {} ({}, {} reminders) skipped: {}", officer, to.township(), count, why);
            return new DigestOutcome(officer, to.township(), to.email(), count, DigestOutcome.Status.SKIPPED, why);
        }
        DigestMail digest = DigestMail.of(to.township(), townships.getTownships().get(to.township()), feed,
                settings.baseUrl());
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(to.email());
            helper.setSubject(digest.subject());
            helper.setText(digest.text(), false);
            sender.send(message);
            log.info("Digest for {} ({}, {} reminders) sent", officer, to.township(), count);
            return new DigestOutcome(officer, to.township(), to.email(), count, DigestOutcome.Status.SENT, null);
        } catch (MailException | MessagingException e) {
            log.warn("Digest for {} ({}, {} reminders) not sent: {}", officer, to.township(), count, e.getMessage());
            return new DigestOutcome(officer, to.township(), to.email(), count, DigestOutcome.Status.FAILED,
                    "the SMTP server did not take it: " + e.getMessage());
        }
    }
}
