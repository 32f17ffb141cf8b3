package org.haian.strata.system;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The other "N" channels through the gateway: members at government meetings and what they raised, research topics,
 * mutual-aid consultations and public-good activities, with their refusals. Every refused write leaves
 * contribution's event store as it was.
 */
@ExtendWith(SuiteExtension.class)
class ContributionChannelsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    private static Caller city;
    private static Caller officer;
    private static String association;

    @BeforeAll
    static void signIn(Suite running) {
        ContributionIT.signIn(running);
        city = running.api().as("city-admin");
        officer = running.api().as("officer-libao");
        association = city.create("/api/liaison/associations", "{\"name\":\"新联会 " + run() + "\"}",
                "associationId");
    }

    @Test
    void membersAttendAMeetingRaiseSomethingAndItBecomesASuggestion() {
        String member = member("libao", "ENTERPRISE_STAFF");
        String other = member("libao", "ENTERPRISE_STAFF");
        String notAMember = ContributionIT.person("libao", "ENTERPRISE_STAFF");
        String meeting = """
                {"kind":"WORKING_MEETING","title":"李堡镇政府工作会议","heldOn":"%s","attendeeIds":["%s"]}""";

        storesNothing(() -> officer.post("/api/contribution/meetings", meeting.formatted(TODAY, notAMember)))
                .expectProblem(422, "attendeeIds");
        String id = officer.create("/api/contribution/meetings", meeting.formatted(TODAY, member), "meetingId");
        officer.post("/api/contribution/meetings/" + id + "/contributions",
                "{\"personId\":\"" + member + "\",\"text\":\"Extend the night bus to the industrial park\"}")
                .expect(200);
        storesNothing(() -> officer.post("/api/contribution/meetings/" + id + "/contributions",
                "{\"personId\":\"" + other + "\",\"text\":\"I was not there\"}")).expectProblem(400, "personId");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(officer.get("/api/contribution/meetings/" + id)
                .json().path("contributions").findValuesAsText("text"))
                .containsExactly("Extend the night bus to the industrial park"));
        String suggestion = ContributionIT.suggestion(null, member, null).replace("}",
                ",\"meetingId\":\"" + id + "\"}");
        officer.post("/api/contribution/suggestions", suggestion).expect(201);
        storesNothing(() -> officer.post("/api/contribution/suggestions", ContributionIT.suggestion(null, member, null)
                .replace("}", ",\"meetingId\":\"" + UUID.randomUUID() + "\"}"))).expectProblem(422, "meetingId");
        storesNothing(() -> officer.post("/api/contribution/meetings", meeting.formatted("2999-01-01", member)))
                .expectProblem(400, "heldOn");
    }

    @Test
    void theCitySetsATopicAssignsAuthorsAndAdoptsTheReportInThatOrder() {
        String author = ContributionIT.person("libao", "ENTERPRISE_STAFF");
        storesNothing(() -> officer.post("/api/contribution/research",
                "{\"title\":\"Headquarters\",\"category\":\"ENTERPRISE_STAFF\"}")).expectProblem(403);
        String topic = city.create("/api/contribution/research",
                "{\"title\":\"关于加强总部经济的建议 " + run() + "\",\"category\":\"ENTERPRISE_STAFF\"}", "topicId");
        String path = "/api/contribution/research/" + topic;

        storesNothing(() -> city.post(path + "/report", "{\"reportTitle\":\"R\",\"documentReference\":\"D\"}"))
                .expectProblem(409, "authorIds");
        storesNothing(() -> city.post(path + "/authors", "{\"authorIds\":[\"" + UUID.randomUUID() + "\"]}"))
                .expectProblem(422, "authorIds");
        city.post(path + "/authors", "{\"authorIds\":[\"" + author + "\"]}").expect(200);
        storesNothing(() -> city.post(path + "/adopt", "{\"body\":\"海安市人民政府\",\"adoptedOn\":\"" + TODAY + "\"}"))
                .expectProblem(409, "status");
        city.post(path + "/report", "{\"reportTitle\":\"关于加强总部经济的建议\",\"documentReference\":\"HA-2024-03\"}")
                .expect(200);
        city.post(path + "/adopt", "{\"body\":\"海安市人民政府\",\"adoptedOn\":\"" + TODAY + "\"}").expect(200);
        storesNothing(() -> city.post(path + "/decline", "{\"reason\":\"Changed our mind\"}"))
                .expectProblem(409, "status");

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode view = officer.get(path).json();
            assertThat(view.path("status").asText()).isEqualTo("ADOPTED");
            assertThat(view.path("adoptedBy").asText()).isEqualTo("海安市人民政府");
            assertThat(view.path("authorIds").get(0).asText()).isEqualTo(author);
        });
        assertThat(officer.get(path + "/history").list()).extracting("event").containsExactly("ResearchTopicSet",
                "ResearchAuthorsAssigned", "ResearchReportSubmitted", "ResearchReportAdopted");
        city.get("/api/contribution/research/" + UUID.randomUUID()).expectProblem(404);
    }

    @Test
    void consultationsGoToNamedMembersOrAreBriefingsWithAnAudience() {
        String consultant = member("libao", "INTERMEDIARY");
        String consulted = member("libao", "FREELANCER");
        String notAMember = ContributionIT.person("libao", "FREELANCER");
        String path = "/api/contribution/consultations";

        String named = officer.create(path, """
                {"consultantId":"%s","field":"TAX","givenOn":"%s","beneficiaryIds":["%s"]}"""
                .formatted(consultant, TODAY, consulted), "consultationId");
        String briefing = officer.create(path, """
                {"consultantId":"%s","field":"LABOUR_AND_SOCIAL_SECURITY","givenOn":"%s","audience":60}"""
                .formatted(consultant, TODAY), "consultationId");
        storesNothing(() -> officer.post(path, """
                {"consultantId":"%s","field":"TAX","givenOn":"%s","beneficiaryIds":["%s"],"audience":5}"""
                .formatted(consultant, TODAY, consulted))).expectProblem(400, "audience");
        storesNothing(() -> officer.post(path, """
                {"consultantId":"%s","field":"TAX","givenOn":"%s","audience":5}"""
                .formatted(notAMember, TODAY))).expectProblem(422, "consultantId");
        storesNothing(() -> officer.post(path, """
                {"consultantId":"%s","field":"ASTROLOGY","givenOn":"%s","audience":5}"""
                .formatted(consultant, TODAY))).expectProblem(400, "field");

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(officer.get(path + "/" + named).json().path("beneficiaryIds").get(0).asText())
                    .isEqualTo(consulted);
            assertThat(officer.get(path + "/" + briefing).json().path("audience").asInt()).isEqualTo(60);
        });
    }

    @Test
    void anActivityIsHeldWithPeopleOfTheRegistry() {
        String participant = ContributionIT.person("libao", "FREELANCER");
        String path = "/api/contribution/activities";
        String activity = """
                {"category":"FREELANCER","kind":"CHARITY","title":"阳光行动","heldOn":"%s","participantIds":["%s"]}""";

        String id = officer.create(path, activity.formatted(TODAY, participant), "activityId");
        storesNothing(() -> officer.post(path, activity.formatted(TODAY, UUID.randomUUID())))
                .expectProblem(422, "participantIds");
        storesNothing(() -> officer.post(path, activity.formatted(TODAY, participant).replace("CHARITY", "PARTY")))
                .expectProblem(400, "kind");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(officer.get(path + "/" + id).json()
                .path("participantIds").get(0).asText()).isEqualTo(participant));
        String qutang = city.create(path, activity.formatted(TODAY, ContributionIT.person("qutang", "FREELANCER"))
                .replace("{", "{\"township\":\"qutang\","), "activityId");
        await().atMost(PATIENCE).until(() -> city.get(path + "/" + qutang).status() == 200);
        officer.get(path + "/" + qutang).expectProblem(404);
    }

    /** A person of the registry admitted to the association, once contribution knows them as a member. */
    static String member(String township, String category) {
        String person = ContributionIT.person(township, category);
        city.post("/api/liaison/associations/" + association + "/members", "{\"personId\":\"" + person + "\"}")
                .expect(201);
        await().atMost(PATIENCE).until(() -> Boolean.TRUE.equals(
                city.get("/api/contribution/people/" + person).map().get("member")));
        return person;
    }

    private static Reply storesNothing(Supplier<Reply> call) {
        return ContributionIT.storesNothing(call);
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
