package org.haian.strata.system;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
 * The registry of people and listed liaison (列名联系) walked through the gateway, one feature after the other, each
 * with its main refusals and the township rules: the Libao officer works on a Libao person, Qutang's officer and
 * cadre are kept out. Every refused write leaves liaison's event store as it was.
 */
@ExtendWith(SuiteExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeopleAndLiaisonIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String PEOPLE = "/api/liaison/people";
    private static final String CADRES = "/api/liaison/cadres";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String ORGANISATION = "Libao Elites " + UUID.randomUUID();

    private static Suite suite;
    private static Caller city;
    private static Caller officerLibao;
    private static Caller officerQutang;
    private static Caller cadreLibao;
    private static Caller cadreQutang;
    private static String person;
    private static String neglected;

    @BeforeAll
    static void signIn(Suite running) {
        suite = running;
        city = suite.api().as("city-admin");
        officerLibao = suite.api().as("officer-libao");
        officerQutang = suite.api().as("officer-qutang");
        cadreLibao = suite.api().as("cadre-libao");
        cadreQutang = suite.api().as("cadre-qutang");
    }

    @Test
    @Order(1)
    void aPersonIsRegisteredOnceAndADuplicateIsA409PointingAtThem() {
        Reply registered = officerLibao.post(PEOPLE, """
                {"name":"Lu Kehu","category":"ENTERPRISE_STAFF","organisation":"%s","role":"CTO"}"""
                .formatted(ORGANISATION));
        assertThat(registered.status()).as(registered.json().toString()).isEqualTo(201);
        person = registered.json().get("personId").asText();

        unchanged(() -> {
            Reply duplicate = suite.api().as("city-admin").post(PEOPLE, """
                    {"name":" lu  kehu","category":"NEW_MEDIA","township":"libao","organisation":"%s"}"""
                    .formatted(ORGANISATION.toUpperCase()));
            assertThat(duplicate.status()).isEqualTo(409);
            assertThat(duplicate.contentType()).startsWith("application/problem+json");
            assertThat(duplicate.json().get("existingPersonId").asText()).isEqualTo(person);
            assertThat(duplicate.location()).isEqualTo(PEOPLE + "/" + person);
            assertProblem(officerLibao.post(PEOPLE, """
                    {"name":"Elsewhere","category":"FREELANCER","township":"qutang"}"""), 403);
        });
    }

    @Test
    @Order(2)
    void aTownshipOfficersSearchIsConfinedToTheirTownship() {
        assertThat(city.post(PEOPLE, """
                {"name":"Lu Kehu","category":"ENTERPRISE_STAFF","township":"qutang","organisation":"%s"}"""
                .formatted(ORGANISATION)).status()).isEqualTo(201);
        String search = PEOPLE + "?organisation=" + ORGANISATION.replace(" ", "%20");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(city.get(search).json().get("total").asInt())
                .isEqualTo(2));
        JsonNode libaoOnly = officerLibao.get(search).json();
        assertThat(libaoOnly.get("total").asInt()).isEqualTo(1);
        assertThat(libaoOnly.at("/items/0/personId").asText()).isEqualTo(person);
        assertProblem(officerLibao.get(search + "&township=qutang"), 403);
        assertProblem(cadreLibao.get(search), 403);
        assertProblem(suite.api().as("analyst").get(search), 403);
    }

    @Test
    @Order(3)
    void theOfficerKeepsTheProfileCategoryRepresentativeFlagAndArrangementsOfTheirOwnTownshipsPerson() {
        assertThat(suite.api().as("officer-libao").put(PEOPLE + "/" + person + "/profile", """
                {"organisation":"%s","role":"chief engineer","phone":"0513-8888 1234"}""".formatted(ORGANISATION))
                .status()).isEqualTo(200);
        assertThat(officerLibao.post(PEOPLE + "/" + person + "/category", "{\"category\":\"NEW_MEDIA\"}").status())
                .isEqualTo(200);
        assertThat(suite.api().as("officer-libao").put(PEOPLE + "/" + person + "/representative", "").status())
                .isEqualTo(200);
        assertThat(officerLibao.post(PEOPLE + "/" + person + "/political-arrangements", """
                {"body":"CPPCC","level":"CITY","post":"member","termStart":"2022-01-01"}""").status()).isEqualTo(200);

        unchanged(() -> {
            assertThat(suite.api().as("officer-qutang").put(PEOPLE + "/" + person + "/profile", "{\"role\":\"x\"}").status())
                    .isEqualTo(404);
            assertThat(suite.api().as("officer-libao").put(PEOPLE + "/" + person + "/representative", "").status())
                    .isEqualTo(409);
            assertInvalid(officerLibao.post(PEOPLE + "/" + person + "/political-arrangements", """
                    {"body":"CPPCC","level":"CITY","termStart":"2022-01-01","termEnd":"2021-01-01"}"""), "termEnd");
            assertProblem(officerLibao.post(PEOPLE + "/" + person + "/move", "{\"township\":\"qutang\"}"), 403);
        });
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode page = officerLibao.get(PEOPLE + "/" + person).json();
            assertThat(page.get("role").asText()).isEqualTo("chief engineer");
            assertThat(page.get("category").asText()).isEqualTo("NEW_MEDIA");
            assertThat(page.get("representative").asBoolean()).isTrue();
            assertThat(page.at("/politicalArrangements/0/body").asText()).isEqualTo("CPPCC");
        });
        assertProblem(officerQutang.get(PEOPLE + "/" + person), 404);
    }

    @Test
    @Order(4)
    void anOfficerRegistersTheirTownshipsCadreButNoCityLeaderAndNoCadreTwice() {
        // The suite is shared: the dashboard's and the reminders' tests sign in as these cadres too, and may have
        // registered them first.
        Reply registered = officerLibao.post(CADRES, """
                {"cadreId":"cadre-libao","name":"Libao listed cadre","level":"TOWNSHIP","post":"deputy head"}""");
        assertThat(registered.status()).as(registered.json().toString()).isIn(201, 409);
        assertThat(city.post(CADRES, """
                {"cadreId":"cadre-qutang","name":"Qutang listed cadre","level":"TOWNSHIP","township":"qutang"}""")
                .status()).isIn(201, 409);

        unchanged(() -> {
            assertProblem(officerLibao.post(CADRES, """
                    {"cadreId":"mayor-libao","name":"Mayor","level":"CITY_LEADERSHIP"}"""), 403);
            assertProblem(officerLibao.post(CADRES, """
                    {"cadreId":"cadre-libao","name":"Again","level":"TOWNSHIP"}"""), 409);
        });
        await().atMost(PATIENCE).until(() -> officerLibao.get(CADRES + "/cadre-libao").status() == 200);
        assertProblem(officerLibao.get(CADRES + "/cadre-qutang"), 404);
    }

    @Test
    @Order(5)
    void anAssignedCadreLogsAContactAndTheirListFlagsWhoIsOverdue() {
        Reply other = officerLibao.post(PEOPLE, """
                {"name":"Xu Min","category":"INTERMEDIARY","organisation":"%s"}""".formatted(ORGANISATION));
        neglected = other.json().get("personId").asText();
        assign(person, TODAY.minusDays(120));
        assign(neglected, TODAY.minusDays(120));
        unchanged(() -> assertProblem(officerLibao.post(PEOPLE + "/" + person + "/liaisons", """
                {"cadreId":"cadre-libao","since":"%s"}""".formatted(TODAY)), 409));
        await().atMost(PATIENCE).until(() -> cadreLibao.get(PEOPLE + "/" + person).status() == 200);

        assertThat(cadreLibao.post(PEOPLE + "/" + person + "/contacts", """
                {"date":"%s","channel":"VISIT","notes":"visited the plant","issuesRaised":["talent housing"]}"""
                .formatted(TODAY)).status()).isEqualTo(200);
        unchanged(() -> {
            assertProblem(cadreQutang.post(PEOPLE + "/" + person + "/contacts", """
                    {"date":"%s","channel":"PHONE"}""".formatted(TODAY)), 404);
            assertProblem(cadreLibao.post(PEOPLE + "/" + person + "/contacts", """
                    {"date":"%s","channel":"PHONE"}""".formatted(TODAY.plusDays(2))), 400);
        });

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode list = cadreLibao.get(CADRES + "/cadre-libao/people").json().get("people");
            assertThat(entry(list, person).get("lastContact").asText()).isEqualTo(TODAY.toString());
            assertThat(entry(list, person).get("overdue").asBoolean()).isFalse();
            assertThat(entry(list, neglected).get("lastContact").isNull()).isTrue();
            assertThat(entry(list, neglected).get("overdue").asBoolean()).isTrue();
        });
        assertProblem(cadreQutang.get(CADRES + "/cadre-libao/people"), 403);
        assertProblem(cadreQutang.get(PEOPLE + "/" + person), 404);
    }

    @Test
    @Order(6)
    void anArchivedPersonLeavesTheCadresListAndTakesNoNewAssignment() {
        unchanged(() -> assertInvalid(officerLibao.post(PEOPLE + "/" + person + "/archive", "{}"), "reason"));
        assertThat(officerLibao.post(PEOPLE + "/" + person + "/archive", "{\"reason\":\"moved to Nantong\"}").status())
                .isEqualTo(200);

        unchanged(() -> assertProblem(officerLibao.post(PEOPLE + "/" + person + "/liaisons", """
                {"cadreId":"cadre-libao","since":"%s"}""".formatted(TODAY)), 409));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(ids(cadreLibao.get(CADRES + "/cadre-libao/people")
                .json().get("people"))).contains(neglected).doesNotContain(person));
        List<String> events = new ArrayList<>();
        officerLibao.get(PEOPLE + "/" + person + "/history").json().forEach(e -> events.add(e.get("event").asText()));
        assertThat(events).startsWith("PersonRegistered").endsWith("LiaisonEnded", "PersonArchived")
                .contains("ContactLogged");
    }

    private static void assign(String personId, LocalDate since) {
        Reply assigned = officerLibao.post(PEOPLE + "/" + personId + "/liaisons", """
                {"cadreId":"cadre-libao","since":"%s"}""".formatted(since));
        assertThat(assigned.status()).as(assigned.json().toString()).isEqualTo(200);
    }

    /** The refusals inside leave liaison's event store exactly as it was. */
    private static void unchanged(Runnable refusals) {
        long before = suite.eventStoreHead(suite.liaison);
        refusals.run();
        assertThat(suite.eventStoreHead(suite.liaison)).isEqualTo(before);
    }

    private static void assertProblem(Reply response, int status) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static void assertInvalid(Reply response, String field) {
        assertProblem(response, 400);
        assertThat(response.json().get("errors").findValuesAsText("field")).contains(field);
    }

    private static JsonNode entry(JsonNode people, String personId) {
        for (JsonNode entry : people) {
            if (entry.get("personId").asText().equals(personId)) {
                return entry;
            }
        }
        throw new AssertionError(personId + " is not on the list " + people);
    }

    private static List<String> ids(JsonNode people) {
        List<String> ids = new ArrayList<>();
        people.forEach(entry -> ids.add(entry.get("personId").asText()));
        return ids;
    }
}
