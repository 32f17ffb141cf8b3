package org.haian.strata.system;

import java.time.Duration;
import java.time.LocalDate;
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
 * Organisations, work bases, the association (新联会) and the joint conference (联席会议) through the gateway, with
 * the township rules: libao's officer works in libao; qutang is another township. Every refused write leaves
 * liaison's event store as it was.
 */
@ExtendWith(SuiteExtension.class)
class OrganisationsConferenceAssociationIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
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
    void organisationsAndBasesKeepToTheirTownship() {
        String own = created(officer.post("/api/liaison/organisations", """
                {"name":"Zhongrui Tax Agents","kind":"INTERMEDIARY_FIRM","category":"INTERMEDIARY",
                 "headcount":25,"influence":60}"""), "organisationId");
        refused(403, null, () -> officer.post("/api/liaison/organisations", """
                {"name":"Qutang Law","kind":"INTERMEDIARY_FIRM","category":"INTERMEDIARY","township":"qutang",
                 "headcount":12,"influence":40}"""));
        String other = created(city.post("/api/liaison/organisations", """
                {"name":"Qutang Law","kind":"INTERMEDIARY_FIRM","category":"INTERMEDIARY","township":"qutang",
                 "headcount":12,"influence":40}"""), "organisationId");
        await().atMost(PATIENCE).until(() -> city.get("/api/liaison/organisations/" + other).status() == 200);
        await().atMost(PATIENCE).until(() -> officer.get("/api/liaison/organisations/" + own).status() == 200);
        assertThat(officer.get("/api/liaison/organisations/" + own).json().get("township").asText()).isEqualTo("libao");
        assertThat(officer.get("/api/liaison/organisations/" + other).status()).isEqualTo(404);
        assertThat(officer.get("/api/liaison/organisations?township=qutang").status()).isEqualTo(403);
        assertThat(officer.get("/api/liaison/organisations").json().get("items")).allSatisfy(organisation ->
                assertThat(organisation.get("township").asText()).isEqualTo("libao"));

        refused(404, "anchorOrganisationId", () -> officer.post("/api/liaison/bases", """
                {"name":"Social organisations base","category":"INTERMEDIARY","anchorOrganisationId":"%s"}"""
                .formatted(UUID.randomUUID())));
        refused(404, "anchorOrganisationId", () -> officer.post("/api/liaison/bases", """
                {"name":"Social organisations base","category":"INTERMEDIARY","anchorOrganisationId":"%s"}"""
                .formatted(other)));
        String base = created(officer.post("/api/liaison/bases", """
                {"name":"Social organisations base","category":"INTERMEDIARY","anchorOrganisationId":"%s"}"""
                .formatted(own)), "baseId");
        assertThat(officer.post("/api/liaison/bases/" + base + "/close", "{\"reason\":\"Merged\"}").status())
                .isEqualTo(200);
        refused(409, "baseId", () -> officer.post("/api/liaison/bases/" + base + "/close", "{\"reason\":\"Again\"}"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(officer.get("/api/liaison/bases/" + base).json()
                .get("closed").asBoolean()).isTrue());
    }

    @Test
    void theAssociationAdmitsRegisteredPeopleOnceAndOfficersOnlyTheirOwn() {
        String association = created(city.post("/api/liaison/associations",
                "{\"name\":\"Hai'an New Social Strata Association\"}"), "associationId");
        String branch = created(city.post("/api/liaison/associations/" + association + "/branches",
                "{\"name\":\"Libao branch\",\"kind\":\"TOWNSHIP\",\"township\":\"libao\"}"), "branchId");
        refused(403, null, () -> officer.post("/api/liaison/associations/" + association + "/branches",
                "{\"name\":\"Libao branch\",\"kind\":\"TOWNSHIP\",\"township\":\"libao\"}"));
        String ours = person(officer, "Lu Kehu", "libao");
        String theirs = person(city, "Zhou Qing", "qutang");
        String members = "/api/liaison/associations/" + association + "/members";

        created(officer.post(members, "{\"personId\":\"" + ours + "\",\"branchId\":\"" + branch + "\"}"), "personId");
        refused(409, "personId", () -> officer.post(members, "{\"personId\":\"" + ours + "\"}"));
        refused(404, "personId", () -> city.post(members, "{\"personId\":\"" + UUID.randomUUID() + "\"}"));
        refused(404, "personId", () -> officer.post(members, "{\"personId\":\"" + theirs + "\"}"));
        created(city.post(members, "{\"personId\":\"" + theirs + "\"}"), "personId");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(city.get(members).json()).hasSize(2));
        JsonNode visible = officer.get(members).json();
        assertThat(visible).hasSize(1);
        assertThat(visible.get(0).get("name").asText()).isEqualTo("Lu Kehu");
        assertThat(visible.get(0).get("branchName").asText()).isEqualTo("Libao branch");
        refused(404, null, () -> suite.api().as("officer-libao").delete(members + "/" + theirs + "?reason=Not%20ours"));
        assertThat(suite.api().as("officer-libao").delete(members + "/" + ours + "?reason=Moved%20away").status())
                .isEqualTo(200);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(officer.get(members).json()).isEmpty());
    }

    /** Other tests count in Jiaoxie too: the figures are read against what they stood at before. */
    @Test
    void anArchivedMemberLeavesTheAssociationAndAnalyticsCountsWhatTheAssociationLists() {
        String association = created(city.post("/api/liaison/associations",
                "{\"name\":\"Jiaoxie members\"}"), "associationId");
        String members = "/api/liaison/associations/" + association + "/members";
        suite.awaitSettled();
        long before = jiaoxieMembers();
        String staying = person(city, "Xu Anhe", "jiaoxie");
        String leaving = person(city, "Sun Yuan", "jiaoxie");
        created(city.post(members, "{\"personId\":\"" + staying + "\"}"), "personId");
        created(city.post(members, "{\"personId\":\"" + leaving + "\"}"), "personId");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(city.get(members).json()).hasSize(2));
        suite.awaitSettled();
        assertThat(jiaoxieMembers()).isEqualTo(before + 2);

        assertThat(city.post("/api/liaison/people/" + leaving + "/archive", "{\"reason\":\"Moved to Suzhou\"}")
                .status()).isEqualTo(200);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(city.get(members).json()).singleElement()
                .satisfies(member -> assertThat(member.get("personId").asText()).isEqualTo(staying)));
        suite.awaitSettled();
        assertThat(jiaoxieMembers()).isEqualTo(before + city.get(members).json().size()).isEqualTo(before + 1);
    }

    /** Jiaoxie's enterprise staff who are members, the category this test's people are registered in. */
    private static long jiaoxieMembers() {
        return suite.api().as("analyst").get("/api/analytics/townships/jiaoxie").json()
                .at("/byCategory/ENTERPRISE_STAFF/members").asLong();
    }

    @Test
    void theCityRunsTheConferenceAndEachResolutionIsFollowedUntilDone() {
        refused(403, null, () -> officer.post("/api/liaison/conferences",
                "{\"name\":\"Joint Conference\",\"convener\":\"Head of the UFWD\"}"));
        String conference = created(city.post("/api/liaison/conferences",
                "{\"name\":\"Joint Conference\",\"convener\":\"Head of the UFWD\"}"), "conferenceId");
        String path = "/api/liaison/conferences/" + conference;
        assertThat(city.post(path + "/member-units",
                "{\"unit\":\"Tax Bureau\",\"category\":\"INTERMEDIARY\"}").status()).isEqualTo(200);
        refused(403, null, () -> officer.post(path + "/member-units",
                "{\"unit\":\"Civil Affairs Bureau\",\"category\":\"INTERMEDIARY\"}"));
        Reply meeting = city.post(path + "/meetings", """
                {"date":"%s","attendingUnits":["Tax Bureau"],"agenda":"Intermediary organisations",
                 "resolutions":[{"text":"Tax briefing for intermediary firms","ownerUnit":"Tax Bureau"}]}"""
                .formatted(LocalDate.now().minusDays(1)));
        created(meeting, "meetingId");
        String status = path + "/resolutions/" + meeting.json().get("resolutionIds").get(0).asText() + "/status";

        refused(403, null, () -> suite.api().as("officer-libao").put(status, "{\"status\":\"IN_PROGRESS\"}"));
        assertThat(suite.api().as("city-admin").put(status, "{\"status\":\"IN_PROGRESS\"}").status()).isEqualTo(200);
        assertThat(suite.api().as("city-admin").put(status, "{\"status\":\"DONE\"}").status()).isEqualTo(200);
        refused(409, "status", () -> suite.api().as("city-admin").put(status, "{\"status\":\"IN_PROGRESS\"}"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(officer.get(path).json()
                .at("/meetings/0/resolutions/0/status").asText()).isEqualTo("DONE"));
        assertThat(officer.get(path).json().at("/memberUnits/0/category").asText()).isEqualTo("INTERMEDIARY");
    }

    /** The call must answer 201 with the new id, which it returns. */
    private static String created(Reply response, String idField) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(201);
        return response.json().get(idField).asText();
    }

    /** The call must be refused with this status as problem+json (naming the field, if given) and store nothing. */
    private static void refused(int status, String field, Supplier<Reply> call) {
        long before = suite.eventStoreHead(suite.liaison);
        Reply response = call.get();
        assertThat(response.status()).as(response.json().toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.json().at("/errors/0/field").asText()).isEqualTo(field);
        }
        assertThat(suite.eventStoreHead(suite.liaison)).isEqualTo(before);
    }

    /** Registers a person and waits until the registry shows them, so that they can be admitted and named. */
    private static String person(Caller caller, String name, String township) {
        String id = created(caller.post("/api/liaison/people", """
                {"name":"%s","category":"ENTERPRISE_STAFF","township":"%s"}""".formatted(name, township)), "personId");
        await().atMost(PATIENCE).until(() -> city.get("/api/liaison/people/" + id).status() == 200);
        return id;
    }
}
