package org.haian.strata.system;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders end to end through the gateway, on the running suite: a Libao person assigned to the Libao cadre 120
 * days ago, never contacted, is an overdue contact in the cadre's feed and the Libao officer's, in nobody's of
 * Qutang; the cadre logs a contact for a day last week, and the reminder is gone; a person forgotten leaves every
 * feed. The suite's clock is the real one, so the assignment is dated back instead of the clock moved; every day is
 * read from the feed's own {@code asOf}.
 */
@ExtendWith(SuiteExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemindersIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String PEOPLE = "/api/liaison/people";
    private static final String REMINDERS = "/api/reminders";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static Suite suite;
    private static Caller officerLibao;
    private static Caller cadreLibao;
    private static String person;

    @BeforeAll
    static void signIn(Suite running) {
        suite = running;
        officerLibao = suite.api().as("officer-libao");
        cadreLibao = suite.api().as("cadre-libao");
    }

    @Test
    @Order(1)
    void aPersonAssignedLongAgoAndNeverContactedIsAnOverdueContactForTheirCadreAndTownship() {
        person = officerLibao.create(PEOPLE, """
                {"name":"Gu Yun","category":"FREELANCER","organisation":"Reminders studio %s"}"""
                .formatted(UUID.randomUUID()), "personId");
        // Other tests of the suite may have registered the cadre already.
        Reply cadre = officerLibao.post("/api/liaison/cadres", """
                {"cadreId":"cadre-libao","name":"Libao listed cadre","level":"TOWNSHIP"}""");
        assertThat(cadre.status()).as(cadre.body()).isIn(201, 409);
        await().atMost(PATIENCE).until(() -> officerLibao.get("/api/liaison/cadres/cadre-libao").status() == 200);
        officerLibao.post(PEOPLE + "/" + person + "/liaisons", """
                {"cadreId":"cadre-libao","since":"%s"}""".formatted(TODAY.minusDays(120))).expect(200);

        JsonNode overdue = await().atMost(PATIENCE).until(() -> reminderOf(cadreLibao), Optional::isPresent)
                .orElseThrow();
        assertThat(overdue.get("kind").asText()).isEqualTo("OVERDUE_CONTACT");
        assertThat(overdue.get("cadreId").asText()).isEqualTo("cadre-libao");
        assertThat(overdue.get("township").asText()).isEqualTo("libao");
        assertThat(overdue.get("link").asText()).isEqualTo(PEOPLE + "/" + person);
        LocalDate since = LocalDate.parse(overdue.at("/subject/since").asText());
        LocalDate dueOn = LocalDate.parse(overdue.get("dueOn").asText());
        LocalDate asOf = LocalDate.parse(cadreLibao.get(REMINDERS).json().get("asOf").asText());
        assertThat(dueOn).isEqualTo(since.plusDays(90));
        assertThat(overdue.get("daysOverdue").asLong()).isEqualTo(ChronoUnit.DAYS.between(dueOn, asOf))
                .isGreaterThanOrEqualTo(29);
        // The link leads the cadre to the person, whose name liaison shows them.
        String link = overdue.get("link").asText();
        await().atMost(PATIENCE).until(() -> cadreLibao.get(link).status() == 200);
        assertThat(cadreLibao.get(link).json().get("name").asText()).isEqualTo("Gu Yun");
        assertThat(overdue.toString()).doesNotContain("Gu Yun");
    }

    @Test
    @Order(2)
    void theTownshipOfficerSeesItAndQutangSeesNoneOfIt() {
        assertThat(reminderOf(officerLibao)).isPresent();
        assertThat(reminderOf(suite.api().as("city-admin"))).isPresent();
        assertThat(reminderOf(suite.api().as("officer-qutang"))).isEmpty();
        assertThat(reminderOf(suite.api().as("cadre-qutang"))).isEmpty();
        suite.api().as("officer-qutang").get(REMINDERS + "?township=libao").expectProblem(403);
        suite.api().as("cadre-qutang").get(REMINDERS + "?cadreId=cadre-libao").expectProblem(403);
        suite.api().as("analyst").get(REMINDERS).expectProblem(403);
    }

    @Test
    @Order(3)
    void withNoSmtpServerTheDigestsAreSkippedAndSaySo() {
        JsonNode run = suite.api().as("city-admin").post(REMINDERS + "/digests").expect(200).json();

        JsonNode libao = null;
        for (JsonNode digest : run.get("digests")) {
            assertThat(digest.get("status").asText()).isIn("SKIPPED", "NOTHING_DUE");
            if (digest.get("officer").asText().equals("officer-libao")) {
                libao = digest;
            }
        }
        assertThat(libao).isNotNull();
        assertThat(libao.get("status").asText()).isEqualTo("SKIPPED");
        assertThat(libao.get("detail").asText()).contains("no SMTP server is configured");
        officerLibao.post(REMINDERS + "/digests").expectProblem(403);
    }

    @Test
    @Order(4)
    void aContactLoggedLateForADayLastWeekClearsTheReminder() {
        cadreLibao.post(PEOPLE + "/" + person + "/contacts", """
                {"date":"%s","channel":"PHONE"}""".formatted(TODAY.minusDays(7))).expect(200);

        await().atMost(PATIENCE).until(() -> reminderOf(cadreLibao).isEmpty());
        assertThat(reminderOf(officerLibao)).isEmpty();
    }

    @Test
    @Order(5)
    void aForgottenPersonsReminderIsGoneForGood() {
        person = officerLibao.create(PEOPLE, """
                {"name":"Shen Lan","category":"NEW_MEDIA","organisation":"Forgotten studio %s"}"""
                .formatted(UUID.randomUUID()), "personId");
        officerLibao.post(PEOPLE + "/" + person + "/liaisons", """
                {"cadreId":"cadre-libao","since":"%s"}""".formatted(TODAY.minusDays(100))).expect(200);
        await().atMost(PATIENCE).until(() -> reminderOf(officerLibao).isPresent());

        suite.api().as("city-admin").post(PEOPLE + "/" + person + "/forget", """
                {"reason":"consent withdrawn in writing"}""").expect(200);

        await().atMost(PATIENCE).until(() -> reminderOf(officerLibao).isEmpty());
        assertThat(reminderOf(cadreLibao)).isEmpty();
        assertThat(reminderOf(suite.api().as("city-admin"))).isEmpty();
    }

    /** The reminder about this test's person in the caller's feed, if there is one. */
    private static Optional<JsonNode> reminderOf(Caller caller) {
        JsonNode feed = caller.get(REMINDERS).expect(200).json();
        for (JsonNode item : feed.get("items")) {
            if (person.equals(item.at("/subject/personId").asText(null))) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}
