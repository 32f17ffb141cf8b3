package org.haian.strata.reminders.digest;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haian.strata.contract.Category;
import org.haian.strata.platform.township.Townships;
import org.haian.strata.reminders.RemindersSettings;
import org.haian.strata.reminders.api.DigestOutcome;
import org.haian.strata.reminders.api.DigestRun;
import org.haian.strata.reminders.api.Reminder;
import org.haian.strata.reminders.api.ReminderFeed;
import org.haian.strata.reminders.api.ReminderKind;
import org.haian.strata.reminders.api.Subject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.haian.strata.infra.EmbeddedInfrastructure.freePort;

/**
 * What becomes of each officer's digest when there is nothing to say, no SMTP server configured (the local
 * default), or a server that cannot be reached: each is told apart and none stops the others. Delivery to a real
 * server is {@code RemindersApiIT}'s.
 */
class DigestsTest {

    private static final ZoneId HAIAN = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(HAIAN).toInstant(), HAIAN);

    private final Townships townships = new Townships();
    private final Map<String, ReminderFeed> feeds = Map.of(
            "libao", new ReminderFeed(TODAY, List.of(new Reminder("OVERDUE_CONTACT|p1|cadre-libao",
                    ReminderKind.OVERDUE_CONTACT, "libao", "cadre-libao", new Subject("p1", Category.FREELANCER, null,
                    null, null, null, null, null, null, null, null, null, LocalDate.of(2025, 1, 1)),
                    LocalDate.of(2025, 4, 1), 90, "/api/liaison/people/p1"))),
            "qutang", new ReminderFeed(TODAY, List.of()));

    DigestsTest() {
        townships.getTownships().putAll(Map.of("libao", "李堡镇", "qutang", "曲塘镇"));
    }

    @Test
    void withNoSmtpServerADigestIsSkippedWithTheReasonAndAnEmptyOneIsNotSent() {
        DigestRun run = digests(none()).sendAll();

        assertThat(run.asOf()).isEqualTo(TODAY);
        assertThat(run.digests()).containsExactly(
                new DigestOutcome("officer-libao", "libao", "libao@haian.local", 1, DigestOutcome.Status.SKIPPED,
                        "no SMTP server is configured (set SPRING_MAIL_HOST and SPRING_MAIL_PORT)"),
                new DigestOutcome("officer-qutang", "qutang", "qutang@haian.local", 0,
                        DigestOutcome.Status.NOTHING_DUE, null));
    }

    @Test
    void aServerThatCannotBeReachedFailsThatDigestWithTheReason() {
        JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(freePort());
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mail", unreachable);

        DigestOutcome libao = digests(beans.getBeanProvider(JavaMailSender.class)).sendAll().digests().get(0);

        assertThat(libao.status()).isEqualTo(DigestOutcome.Status.FAILED);
        assertThat(libao.detail()).startsWith("the SMTP server did not take it: ");
    }

    @Test
    void anOfficerOfAnUnknownTownshipStopsTheStart() {
        assertThatThrownBy(() -> new Digests(feeds::get, none(), settings(Map.of("officer-x",
                new RemindersSettings.Officer("atlantis", "x@haian.local"))), townships, CLOCK))
                .hasMessageContaining("haian.reminders.digest.officers.officer-x.township")
                .hasMessageContaining("atlantis");
    }

    @Test
    void theMailNamesTheTownshipAndLinksEachItemThroughTheConfiguredBaseUrl() {
        DigestMail mail = DigestMail.of("libao", "李堡镇", feeds.get("libao"), URI.create("https://haian.example/"));

        assertThat(mail.subject()).isEqualTo("海安3+4+N 工作提醒 Reminders: 李堡镇 (libao), 2025-06-30, 1 due");
        assertThat(mail.text()).contains("1 reminder is due",
                "1. 联系逾期 Overdue contact: person p1 (FREELANCER), last contact or assignment 2025-01-01; "
                        + "cadre cadre-libao",
                "due 2025-04-01, 90 days overdue", "https://haian.example/api/liaison/people/p1");
    }

    private Digests digests(ObjectProvider<JavaMailSender> mail) {
        Map<String, RemindersSettings.Officer> officers = new LinkedHashMap<>();
        officers.put("officer-libao", new RemindersSettings.Officer("libao", "libao@haian.local"));
        officers.put("officer-qutang", new RemindersSettings.Officer("qutang", "qutang@haian.local"));
        return new Digests(feeds::get, mail, settings(officers), townships, CLOCK);
    }

    private static RemindersSettings settings(Map<String, RemindersSettings.Officer> officers) {
        return new RemindersSettings(Period.ofDays(60), Period.ofDays(30),
                new RemindersSettings.Digest("reminders@haian.local", URI.create("http://localhost:8080"), officers));
    }

    private static ObjectProvider<JavaMailSender> none() {
        return new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
    }
}
