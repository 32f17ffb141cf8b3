package org.haian.strata.system;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.haian.strata.testsupport.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The figures of the "N" an analyst reads after scripted sequences of commands sent through the gateway (the
 * suggestion funnel and the two-way service; research, mutual aid and public good), against the changes worked out by
 * hand. The script runs in jiaoxie, which no other test
 * writes to; it still compares before and after, so that it holds in a suite that has run before.
 */
@ExtendWith(SuiteExtension.class)
class ContributionFiguresIT {

    private static final String JIAOXIE = "jiaoxie";
    private static final List<String> CATEGORIES = List.of("ENTERPRISE_STAFF", "NEW_MEDIA", "INTERMEDIARY",
            "FREELANCER");
    private static final List<String> FIGURES = List.of("suggestionsSubmitted", "suggestionsAccepted",
            "suggestionsRejected", "suggestionsAdopted", "suggestionsImplemented", "suggestionsInPlan",
            "agreementSuggestionsSubmitted", "agreementSuggestionsAccepted", "agreementSuggestionsRejected",
            "agreementSuggestionsAdopted", "agreementSuggestionsImplemented", "agreementSuggestionsInPlan",
            "villagesWithAgreement", "agreements", "peopleWithAgreement", "supervisors", "projects", "households",
            "researchCommissioned", "researchAdopted", "consultations", "peopleBenefited", "publicGoodActivities",
            "publicGoodParticipants");
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    private static final String VILLAGES = "/api/contribution/villages/";
    private static final String SUGGESTIONS = "/api/contribution/suggestions";

    private Caller city;

    @Test
    void theFunnelAndTheTwoWayFiguresChangeByWhatTheScriptDoesWorkedOutByHand(Suite suite) {
        ContributionIT.signIn(suite);
        city = suite.api().as("city-admin");
        Caller analyst = suite.api().as("analyst");
        Map<String, Long> before = figures(analyst);

        String p1 = ContributionIT.person(JIAOXIE, "ENTERPRISE_STAFF");
        String p2 = ContributionIT.person(JIAOXIE, "ENTERPRISE_STAFF");
        String p3 = ContributionIT.person(JIAOXIE, "NEW_MEDIA");
        String v1 = village();
        String v2 = village();
        String a1 = sign(v1, p1);
        String a2 = sign(v1, p2);
        String a3 = sign(v2, p1);
        sign(v1, p3);
        city.post(VILLAGES + v1 + "/agreements/" + a2 + "/end",
                "{\"endedOn\":\"" + TODAY + "\",\"reason\":\"Moved away\"}").expect(200);
        city.post(VILLAGES + v1 + "/supervisors", """
                {"personId":"%s","termStart":"2024-01-01","termEnd":"%s"}"""
                .formatted(p1, LocalDate.parse(TODAY).plusYears(3))).expect(200);
        city.post(VILLAGES + v2 + "/projects", "{\"personId\":\"" + p2 + "\",\"project\":\"Solar plant\"}")
                .expect(200);
        city.post(VILLAGES + v1 + "/households", """
                {"personId":"%s","householdCode":"JX-001","pairedOn":"%s"}""".formatted(p3, TODAY)).expect(200);

        String s1 = suggest(p1, a1);
        String s2 = suggest(p2, null);
        String s3 = suggest(p2, null);
        String s4 = suggest(p1, a3);
        for (String s : List.of(s1, s2)) {
            city.post(SUGGESTIONS + "/" + s + "/accept").expect(200);
            city.post(SUGGESTIONS + "/" + s + "/adopt", "{\"body\":\"角斜镇人民政府\"}").expect(200);
        }
        city.post(SUGGESTIONS + "/" + s1 + "/implement", """
                {"note":"Done","implementedOn":"%s","documentReference":"JZF-1"}""".formatted(TODAY)).expect(200);
        city.post(SUGGESTIONS + "/" + s1 + "/plan", "{\"plan\":\"角斜镇“十四五”规划\"}").expect(200);
        for (String s : List.of(s3, s4)) {
            city.post(SUGGESTIONS + "/" + s + "/reject", "{\"reason\":\"Covered already\"}").expect(200);
        }

        // By hand. ENTERPRISE_STAFF: s1..s4 submitted, s1 s2 accepted and adopted, s3 s4 rejected, s1 implemented
        // and in a plan; of those from agreements (s1 from a1, s4 from a3): s1 all the way, s4 rejected. Agreements
        // a1 (v1-p1) and a3 (v2-p1) active, a2 (v1-p2) ended: two villages, two agreements, one person (p1, once
        // for both villages). p1 supervises v1; p2 helps a project. NEW_MEDIA: a4 (v1-p3) makes v1 one village of
        // that category too, p3 one person; p3 is paired with a household.
        Map<String, Long> expected = new TreeMap<>();
        staff(expected, "suggestionsSubmitted", 4);
        staff(expected, "suggestionsAccepted", 2);
        staff(expected, "suggestionsRejected", 2);
        staff(expected, "suggestionsAdopted", 2);
        staff(expected, "suggestionsImplemented", 1);
        staff(expected, "suggestionsInPlan", 1);
        staff(expected, "agreementSuggestionsSubmitted", 2);
        staff(expected, "agreementSuggestionsAccepted", 1);
        staff(expected, "agreementSuggestionsRejected", 1);
        staff(expected, "agreementSuggestionsAdopted", 1);
        staff(expected, "agreementSuggestionsImplemented", 1);
        staff(expected, "agreementSuggestionsInPlan", 1);
        staff(expected, "villagesWithAgreement", 2);
        staff(expected, "agreements", 2);
        staff(expected, "peopleWithAgreement", 1);
        staff(expected, "supervisors", 1);
        staff(expected, "projects", 1);
        media(expected, "villagesWithAgreement", 1);
        media(expected, "agreements", 1);
        media(expected, "peopleWithAgreement", 1);
        media(expected, "households", 1);

        expectChanges(analyst, before, expected);
    }

    @Test
    void researchMutualAidAndActivitiesChangeByWhatTheScriptDoesWorkedOutByHand(Suite suite) {
        ContributionIT.signIn(suite);
        city = suite.api().as("city-admin");
        Caller analyst = suite.api().as("analyst");
        Map<String, Long> before = figures(analyst);
        String association = city.create("/api/liaison/associations", "{\"name\":\"Figures association "
                + UUID.randomUUID() + "\"}", "associationId");

        String consultant = member(association, "ENTERPRISE_STAFF");
        String b1 = member(association, "FREELANCER");
        String b2 = member(association, "NEW_MEDIA");
        String consultations = "/api/contribution/consultations";
        for (String beneficiaries : List.of("[\"" + b1 + "\",\"" + b2 + "\"]", "[\"" + b1 + "\"]")) {
            city.post(consultations, """
                    {"township":"jiaoxie","consultantId":"%s","field":"ACCOUNTING","givenOn":"%s","beneficiaryIds":%s}"""
                    .formatted(consultant, TODAY, beneficiaries)).expect(201);
        }
        city.post(consultations, """
                {"township":"jiaoxie","consultantId":"%s","field":"ENVIRONMENT","givenOn":"%s","audience":30}"""
                .formatted(consultant, TODAY)).expect(201);
        city.post("/api/contribution/activities", """
                {"township":"jiaoxie","category":"FREELANCER","kind":"CULTURE","title":"非遗传承","heldOn":"%s",
                 "participantIds":["%s","%s","%s"]}""".formatted(TODAY, b1, b2, consultant)).expect(201);
        String topic = city.create("/api/contribution/research", "{\"title\":\"Figures topic " + UUID.randomUUID()
                + "\",\"category\":\"INTERMEDIARY\"}", "topicId");
        city.post("/api/contribution/research/" + topic + "/authors", "{\"authorIds\":[\"" + b1 + "\"]}").expect(200);
        city.post("/api/contribution/research/" + topic + "/report",
                "{\"reportTitle\":\"Report\",\"documentReference\":\"HA-1\"}").expect(200);
        city.post("/api/contribution/research/" + topic + "/adopt",
                "{\"body\":\"海安市人民政府\",\"adoptedOn\":\"" + TODAY + "\"}").expect(200);
        city.create("/api/contribution/research", "{\"title\":\"Figures topic " + UUID.randomUUID()
                + "\",\"category\":\"INTERMEDIARY\"}", "topicId");

        // By hand. Three consultations by an ENTERPRISE_STAFF member, counted in that category: b1 twice and b2
        // once count as two people, the briefing as its thirty. One culture activity of FREELANCER with three
        // participants. Two research topics of INTERMEDIARY set by the city, one adopted: the city's, so in the
        // category's total and in no township's.
        Map<String, Long> expected = new TreeMap<>();
        staff(expected, "consultations", 3);
        staff(expected, "peopleBenefited", 2 + 30);
        add(expected, "FREELANCER", "publicGoodActivities", 1);
        add(expected, "FREELANCER", "publicGoodParticipants", 3);
        expected.put("INTERMEDIARY|researchCommissioned", 2L);
        expected.put("INTERMEDIARY|researchAdopted", 1L);

        expectChanges(analyst, before, expected);
    }

    private static void expectChanges(Caller analyst, Map<String, Long> before, Map<String, Long> expected) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Map<String, Long> after = figures(analyst);
            Map<String, Long> changed = new TreeMap<>();
            after.forEach((key, value) -> {
                long change = value - before.getOrDefault(key, 0L);
                if (change != 0) {
                    changed.put(key, change);
                }
            });
            assertThat(changed).isEqualTo(expected);
        });
    }

    private String member(String association, String category) {
        String person = ContributionIT.person(JIAOXIE, category);
        city.post("/api/liaison/associations/" + association + "/members", "{\"personId\":\"" + person + "\"}")
                .expect(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> Boolean.TRUE.equals(
                city.get("/api/contribution/people/" + person).map().get("member")));
        return person;
    }

    /** The figure in jiaoxie's total, in its category's cell there and in the category's city-wide total. */
    private static void add(Map<String, Long> expected, String category, String figure, long amount) {
        expected.merge(JIAOXIE + "|" + figure, amount, Long::sum);
        expected.merge(JIAOXIE + "|" + category + "|" + figure, amount, Long::sum);
        expected.merge(category + "|" + figure, amount, Long::sum);
    }

    private static void staff(Map<String, Long> expected, String figure, long amount) {
        add(expected, "ENTERPRISE_STAFF", figure, amount);
    }

    private static void media(Map<String, Long> expected, String figure, long amount) {
        add(expected, "NEW_MEDIA", figure, amount);
    }

    private static Map<String, Long> figures(Caller analyst) {
        Map<String, Long> figures = new TreeMap<>();
        JsonNode township = analyst.get("/api/analytics/townships/" + JIAOXIE).expect(200).json();
        collect(JIAOXIE, township.path("figures"), figures);
        for (String category : CATEGORIES) {
            collect(JIAOXIE + "|" + category, township.path("byCategory").path(category), figures);
            collect(category, analyst.get("/api/analytics/categories/" + category).expect(200).json()
                    .path("figures"), figures);
        }
        return figures;
    }

    private static void collect(String prefix, JsonNode values, Map<String, Long> into) {
        for (String figure : FIGURES) {
            assertThat(values.has(figure)).as(prefix + " shows " + figure + " in " + values).isTrue();
            into.put(prefix + "|" + figure, values.path(figure).asLong());
        }
    }

    private String village() {
        return city.create("/api/contribution/villages", "{\"township\":\"" + JIAOXIE + "\",\"name\":\"角斜村 "
                + UUID.randomUUID().toString().substring(0, 8) + "\",\"kind\":\"VILLAGE\"}", "villageId");
    }

    private String sign(String village, String person) {
        return city.post(VILLAGES + village + "/agreements", "{\"personId\":\"" + person + "\",\"signedOn\":\""
                + TODAY + "\"}").expect(201).text("agreementId");
    }

    /** Submitted once the agreement it names is readable (a suggestion checks its agreement against a read model). */
    private String suggest(String author, String agreementId) {
        String body = ContributionIT.suggestion(JIAOXIE, author, agreementId);
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var reply = city.post(SUGGESTIONS, body);
            id[0] = reply.status() == 201 ? reply.text("suggestionId") : null;
            return id[0] != null;
        });
        return id[0];
    }
}
