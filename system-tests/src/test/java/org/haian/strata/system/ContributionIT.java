package org.haian.strata.system;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The "N" contribution channels through the gateway: contribution's own view of liaison's people, a suggestion's
 * whole way and its refusals, and the two-way service of villages. Every refused write leaves contribution's event
 * store as it was.
 */
@ExtendWith(SuiteExtension.class)
class ContributionIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String SUGGESTIONS = "/api/contribution/suggestions";
    private static final String VILLAGES = "/api/contribution/villages";
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    private static Suite suite;
    private static Caller city;
    private static Caller officer;

    @BeforeAll
    static void signIn(Suite running) {
        suite = running;
        city = suite.api().as("city-admin");
        officer = suite.api().as("officer-libao");
    }

    @Test
    void contributionKnowsLiaisonsPeopleAndRefusesAnArchivedOneNamingTheField() {
        String person = person("libao", "FREELANCER");
        assertThat(city.get("/api/contribution/people/" + person).map()).containsEntry("township", "libao")
                .containsEntry("category", "FREELANCER").containsEntry("archived", false)
                .containsEntry("member", false);

        city.post("/api/liaison/people/" + person + "/archive", "{\"reason\":\"Moved to Nantong\"}").expect(200);
        await().atMost(PATIENCE).until(() -> Boolean.TRUE.equals(
                city.get("/api/contribution/people/" + person).map().get("archived")));

        storesNothing(() -> city.post(SUGGESTIONS, suggestion("libao", person, null)))
                .expectProblem(422, "authorIds");
        storesNothing(() -> city.post(SUGGESTIONS, suggestion("libao", UUID.randomUUID().toString(), null)))
                .expectProblem(422, "authorIds");
        city.get("/api/contribution/people/" + UUID.randomUUID()).expectProblem(404);
    }

    @Test
    void aSuggestionGoesEveryStepOnceAndKeepsWhoTookEachAndWhen() {
        String author = person("libao", "ENTERPRISE_STAFF");
        String id = officer.create(SUGGESTIONS, suggestion(null, author, null), "suggestionId");
        await().atMost(PATIENCE).until(() -> officer.get(SUGGESTIONS + "/" + id).status() == 200);

        storesNothing(() -> officer.post(SUGGESTIONS + "/" + id + "/adopt", "{\"body\":\"Township government\"}"))
                .expectProblem(409, "status");
        officer.post(SUGGESTIONS + "/" + id + "/accept").expect(200);
        storesNothing(() -> officer.post(SUGGESTIONS + "/" + id + "/accept")).expectProblem(409, "status");
        storesNothing(() -> officer.post(SUGGESTIONS + "/" + id + "/reject", "{\"reason\":\"Late\"}"))
                .expectProblem(409, "status");
        city.post(SUGGESTIONS + "/" + id + "/adopt", "{\"body\":\"李堡镇人民政府\"}").expect(200);
        storesNothing(() -> officer.post(SUGGESTIONS + "/" + id + "/plan", "{\"plan\":\"Five-year plan\"}"))
                .expectProblem(409, "status");
        storesNothing(() -> officer.post(SUGGESTIONS + "/" + id + "/implement", """
                {"note":"Desk opened","implementedOn":"2999-01-01","documentReference":"LZF-12"}"""))
                .expectProblem(400, "implementedOn");
        officer.post(SUGGESTIONS + "/" + id + "/implement", """
                {"note":"Desk opened","implementedOn":"%s","documentReference":"LZF-12"}""".formatted(TODAY))
                .expect(200);
        officer.post(SUGGESTIONS + "/" + id + "/plan", "{\"plan\":\"李堡镇“十四五”规划\"}").expect(200);

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode view = officer.get(SUGGESTIONS + "/" + id).json();
            assertThat(view.path("status").asText()).isEqualTo("IN_PLAN");
            assertThat(view.path("adoptedBy").asText()).isEqualTo("李堡镇人民政府");
            assertThat(view.path("plan").asText()).isEqualTo("李堡镇“十四五”规划");
            assertThat(view.path("steps").findValuesAsText("status"))
                    .containsExactly("SUBMITTED", "ACCEPTED", "ADOPTED", "IMPLEMENTED", "IN_PLAN");
            assertThat(view.path("steps").findValuesAsText("by"))
                    .containsExactly("officer-libao", "officer-libao", "city-admin", "officer-libao",
                            "officer-libao");
            assertThat(view.path("steps").findValuesAsText("at")).allSatisfy(at -> assertThat(at).isNotBlank());
        });
        assertThat(officer.get(SUGGESTIONS + "/" + id + "/history").list()).extracting("event")
                .containsExactly("SuggestionSubmitted", "SuggestionAccepted", "SuggestionAdopted",
                        "SuggestionImplemented", "SuggestionWrittenIntoPlan");
        assertThat(officer.get(SUGGESTIONS + "?status=IN_PLAN&size=100").json().path("items")
                .findValuesAsText("suggestionId")).contains(id);
    }

    @Test
    void aRejectedSuggestionKeepsItsReasonAndTakesNoFurtherStep() {
        String id = city.create(SUGGESTIONS, suggestion("libao", person("libao", "NEW_MEDIA"), null),
                "suggestionId");
        storesNothing(() -> city.post(SUGGESTIONS + "/" + id + "/reject", "{\"reason\":\" \"}"))
                .expectProblem(400, "reason");
        city.post(SUGGESTIONS + "/" + id + "/reject", "{\"reason\":\"Covered by the county plan\"}").expect(200);
        storesNothing(() -> city.post(SUGGESTIONS + "/" + id + "/accept")).expectProblem(409, "status");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(city.get(SUGGESTIONS + "/" + id).json()
                .path("steps").get(1).path("detail").asText()).isEqualTo("Covered by the county plan"));
    }

    @Test
    void badSuggestionsAreRefusedNamingTheFieldAndOtherTownshipsAreOutOfReach() {
        String author = person("libao", "INTERMEDIARY");
        storesNothing(() -> city.post(SUGGESTIONS, """
                {"township":"libao","category":"INTERMEDIARY","authorIds":[],"topic":"T","text":"X","level":"CITY"}"""))
                .expectProblem(400, "authorIds");
        storesNothing(() -> city.post(SUGGESTIONS, """
                {"township":"libao","category":"INTERMEDIARY","authorIds":["%s"],"topic":"T","text":"X",
                 "level":"PROVINCE"}""".formatted(author))).expectProblem(400, "level");
        storesNothing(() -> officer.post(SUGGESTIONS, suggestion("qutang", author, null))).expectProblem(403);
        storesNothing(() -> city.post(SUGGESTIONS, suggestion("libao", author, UUID.randomUUID().toString())))
                .expectProblem(422, "agreementId");

        String qutang = city.create(SUGGESTIONS, suggestion("qutang", person("qutang", "INTERMEDIARY"), null),
                "suggestionId");
        await().atMost(PATIENCE).until(() -> city.get(SUGGESTIONS + "/" + qutang).status() == 200);
        officer.get(SUGGESTIONS + "/" + qutang).expectProblem(404);
        officer.get(SUGGESTIONS + "/" + qutang + "/history").expectProblem(404);
        storesNothing(() -> officer.post(SUGGESTIONS + "/" + qutang + "/accept")).expectProblem(404, "suggestionId");
        String own = officer.create(SUGGESTIONS, suggestion(null, author, null), "suggestionId");
        await().atMost(PATIENCE).until(() -> officer.get(SUGGESTIONS + "?size=100").json().path("items")
                .findValuesAsText("suggestionId").contains(own));
        assertThat(officer.get(SUGGESTIONS + "?size=100").json().path("items").findValuesAsText("township"))
                .containsOnly("libao");
    }

    @Test
    void aVillageSignsOneActiveAgreementPerPersonAndItsSuggestionsComeFromIt() {
        String person = person("libao", "ENTERPRISE_STAFF");
        String village = officer.create(VILLAGES, "{\"name\":\"李堡村 " + run() + "\",\"kind\":\"VILLAGE\"}",
                "villageId");
        Reply signed = officer.post(VILLAGES + "/" + village + "/agreements", agreement(person)).expect(201);
        String agreementId = signed.text("agreementId");
        Reply twice = storesNothing(() -> officer.post(VILLAGES + "/" + village + "/agreements", agreement(person)))
                .expectProblem(409, "personId");
        assertThat(twice.json().path("existingAgreementId").asText()).isEqualTo(agreementId);

        await().atMost(PATIENCE).until(() -> city.get("/api/contribution/people/" + person).status() == 200
                && officer.post(SUGGESTIONS, suggestion(null, person, agreementId)).status() == 201);
        await().atMost(PATIENCE).until(() -> officer.get(SUGGESTIONS + "?fromAgreement=true&size=100").json()
                .path("items").findValuesAsText("agreementId").contains(agreementId));

        officer.post(VILLAGES + "/" + village + "/agreements/" + agreementId + "/end",
                "{\"endedOn\":\"" + TODAY + "\",\"reason\":\"Moved to the city\"}").expect(200);
        storesNothing(() -> officer.post(VILLAGES + "/" + village + "/agreements/" + agreementId + "/end",
                "{\"endedOn\":\"" + TODAY + "\",\"reason\":\"Again\"}")).expectProblem(404, "agreementId");
        await().atMost(PATIENCE).untilAsserted(() -> storesNothing(() ->
                officer.post(SUGGESTIONS, suggestion(null, person, agreementId))).expectProblem(422, "agreementId"));
        officer.post(VILLAGES + "/" + village + "/agreements", agreement(person)).expect(201);

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode view = officer.get(VILLAGES + "/" + village).json();
            assertThat(view.path("agreements")).hasSize(2);
            assertThat(view.path("agreements").findValuesAsText("endReason")).contains("Moved to the city");
        });
    }

    @Test
    void supervisorsProjectsAndHouseholdsAreTheVillagesAndHouseholdsAreKnownByCodeOnly() {
        String person = person("libao", "FREELANCER");
        String village = city.create(VILLAGES, "{\"township\":\"libao\",\"name\":\"城东社区 " + run()
                + "\",\"kind\":\"COMMUNITY\"}", "villageId");
        String path = VILLAGES + "/" + village;

        officer.post(path + "/supervisors", """
                {"personId":"%s","termStart":"2024-01-01","termEnd":"2027-01-01"}""".formatted(person)).expect(200);
        storesNothing(() -> officer.post(path + "/supervisors", """
                {"personId":"%s","termStart":"2026-01-01","termEnd":"2028-01-01"}""".formatted(person)))
                .expectProblem(409, "termStart");
        storesNothing(() -> officer.post(path + "/supervisors", """
                {"personId":"%s","termStart":"2028-01-01","termEnd":"2028-01-01"}""".formatted(person)))
                .expectProblem(400, "termEnd");
        officer.post(path + "/projects", "{\"personId\":\"" + person + "\",\"project\":\"村集体光伏电站\"}").expect(200);
        storesNothing(() -> officer.post(path + "/projects", "{\"personId\":\"" + person
                + "\",\"project\":\"村集体光伏电站\"}")).expectProblem(409, "project");
        storesNothing(() -> officer.post(path + "/households", """
                {"personId":"%s","householdCode":"王家 3号","pairedOn":"%s"}""".formatted(person, TODAY)))
                .expectProblem(400, "householdCode");
        officer.post(path + "/households", """
                {"personId":"%s","householdCode":"LB-017","pairedOn":"%s"}""".formatted(person, TODAY)).expect(200);
        storesNothing(() -> officer.post(path + "/households", """
                {"personId":"%s","householdCode":"LB-017","pairedOn":"%s"}""".formatted(person, TODAY)))
                .expectProblem(409, "householdCode");
        storesNothing(() -> officer.post(path + "/projects", "{\"personId\":\"" + UUID.randomUUID()
                + "\",\"project\":\"Road\"}")).expectProblem(422, "personId");

        await().atMost(PATIENCE).untilAsserted(() -> {
            Map<String, Object> view = officer.get(path).map();
            assertThat((List<?>) view.get("supervisors")).hasSize(1);
            assertThat((List<?>) view.get("projects")).hasSize(1);
            assertThat((List<?>) view.get("households")).hasSize(1);
        });
        assertThat(officer.get(path + "/history").list()).extracting("event").containsExactly("VillageRegistered",
                "SupervisorAppointed", "ProjectLinked", "HouseholdPaired");

        String qutang = city.create(VILLAGES, "{\"township\":\"qutang\",\"name\":\"曲塘村 " + run()
                + "\",\"kind\":\"VILLAGE\"}", "villageId");
        await().atMost(PATIENCE).until(() -> city.get(VILLAGES + "/" + qutang).status() == 200);
        officer.get(VILLAGES + "/" + qutang).expectProblem(404);
        storesNothing(() -> officer.post(VILLAGES + "/" + qutang + "/projects", "{\"personId\":\"" + person
                + "\",\"project\":\"Road\"}")).expectProblem(404, "villageId");
        storesNothing(() -> officer.post(VILLAGES, "{\"township\":\"qutang\",\"name\":\"X\",\"kind\":\"VILLAGE\"}"))
                .expectProblem(403);
    }

    /** A person registered in liaison, once contribution has read them from liaison's topic. */
    static String person(String township, String category) {
        String id = suite.api().as("city-admin").create("/api/liaison/people", """
                {"name":"Contribution %s","category":"%s","township":"%s"}""".formatted(run(), category, township),
                "personId");
        await().atMost(PATIENCE).until(() -> suite.api().as("city-admin")
                .get("/api/contribution/people/" + id).status() == 200);
        return id;
    }

    static String suggestion(String township, String author, String agreementId) {
        return """
                {%s"category":"ENTERPRISE_STAFF","authorIds":["%s"],"topic":"关于加强总部经济的建议",
                 "text":"A one-stop desk for firms moving their head office here","level":"TOWNSHIP"%s}"""
                .formatted(township == null ? "" : "\"township\":\"" + township + "\",", author,
                        agreementId == null ? "" : ",\"agreementId\":\"" + agreementId + "\"");
    }

    private static String agreement(String person) {
        return "{\"personId\":\"" + person + "\",\"signedOn\":\"" + TODAY + "\"}";
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Makes a call that must be refused and checks that contribution stored no event for it. */
    static Reply storesNothing(Supplier<Reply> call) {
        long before = suite.eventStoreHead(suite.contribution);
        Reply reply = call.get();
        assertThat(suite.eventStoreHead(suite.contribution)).as("contribution's event store head after "
                + reply.status()).isEqualTo(before);
        return reply;
    }
}
