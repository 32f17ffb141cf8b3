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
import static org.haian.strata.system.OutreachRecords.created;

/**
 * The outreach figures an analyst reads after a scripted sequence of visits, problems and an appraisal sent
 * through the gateway, against the changes worked out by hand. Other tests count in the same suite, so this one
 * compares the figures before and after its script, in two townships few other tests use (jiaoxie, dagong).
 */
@ExtendWith(SuiteExtension.class)
class OutreachFiguresIT {

    private static final ZoneId HAIAN = ZoneId.of("Asia/Shanghai");
    private static final List<String> TOWNSHIPS = List.of("jiaoxie", "dagong");
    private static final List<String> CATEGORIES = List.of("INTERMEDIARY", "FREELANCER", "NEW_MEDIA");
    private static final List<String> FIGURES = List.of("visits", "visitsLedByCityLeadership",
            "visitsLedByDepartment", "visitsLedByTownshipCadre", "organisationsVisited",
            "organisationsVisitedByCityLeadership", "organisationsVisitedByDepartment",
            "organisationsVisitedByTownshipCadre", "problemsRaised", "problemsResolved", "problemsOverdue",
            "activities", "activityParticipants", "appealsHeard", "appraisalNominations", "appraisalVotes",
            "appraisalAwards");

    private Caller city;

    @Test
    void everyOutreachFigureChangesByWhatTheScriptDoesWorkedOutByHand(Suite suite) {
        city = suite.api().as("city-admin");
        Caller analyst = suite.api().as("analyst");
        suite.awaitSettled();
        LocalDate today = LocalDate.now(HAIAN);
        // Both visit days fall in this month, so that distinct organisations are counted within one month.
        LocalDate earlier = today.withDayOfMonth(1);
        Map<String, Long> before = everyFigure(analyst);
        String run = UUID.randomUUID().toString().substring(0, 8);

        String o1 = OutreachRecords.organisation(city, "Jiaoxie Law " + run, "INTERMEDIARY_FIRM", "INTERMEDIARY",
                "jiaoxie", 10, 10);
        String o2 = OutreachRecords.organisation(city, "Jiaoxie Tax " + run, "INTERMEDIARY_FIRM", "INTERMEDIARY",
                "jiaoxie", 10, 10);
        String o3 = OutreachRecords.organisation(city, "Dagong Studio " + run, "STUDIO", "FREELANCER",
                "dagong", 10, 10);
        String o4 = OutreachRecords.organisation(city, "Jiaoxie Online " + run, "MEDIA_OUTLET", "NEW_MEDIA",
                "jiaoxie", 10, 10);
        String o5 = OutreachRecords.organisation(city, "Dagong Online " + run, "MEDIA_OUTLET", "NEW_MEDIA",
                "dagong", 10, 10);
        String leader = OutreachRecords.cadre(city, "CITY_LEADERSHIP", null);
        String department = OutreachRecords.cadre(city, "DEPARTMENT", null);
        String townCadre = OutreachRecords.cadre(city, "TOWNSHIP", "jiaoxie");

        String v1 = visit(o1, leader, earlier);
        visit(o1, townCadre, earlier);
        String v3 = visit(o2, townCadre, today);
        visit(o3, department, today);
        // Overdue from today if due yesterday; on the first of a month the visit was today, and nothing is.
        long overdue = today.isAfter(earlier) ? 1 : 0;
        problem(v1, today.isAfter(earlier) ? today.minusDays(1) : today);
        String resolved = problem(v1, today.plusDays(5));
        problem(v3, today.plusDays(3));
        assertThat(city.post("/api/outreach/visits/" + v1 + "/problems/" + resolved + "/resolution",
                "{\"resolvedOn\":\"%s\",\"note\":\"Done\"}".formatted(today)).status()).isEqualTo(200);

        String painter = OutreachRecords.person(city, "dagong", "FREELANCER");
        String writer = OutreachRecords.person(city, "dagong", "FREELANCER");
        String exhibition = activity("EXHIBITION", today);
        String couplets = activity("COUPLET_WRITING", today);
        for (String[] attendance : new String[][] {{exhibition, painter}, {exhibition, writer}, {couplets, painter}}) {
            assertThat(city.post("/api/outreach/activities/" + attendance[0] + "/attendance",
                    "{\"personId\":\"%s\"}".formatted(attendance[1])).status()).isEqualTo(200);
        }
        created(city.post("/api/outreach/activities/" + couplets + "/appeals",
                "{\"personId\":\"%s\",\"subject\":\"A studio\"}".formatted(painter)), "appealId");

        String appraisal = created(city.post("/api/outreach/appraisals",
                "{\"year\":2032,\"kind\":\"ONLINE_MEDIA\"}"), "appraisalId");
        String n4 = created(city.post("/api/outreach/appraisals/" + appraisal + "/nominees",
                "{\"organisationId\":\"%s\"}".formatted(o4)), "nomineeId");
        String n5 = created(city.post("/api/outreach/appraisals/" + appraisal + "/nominees",
                "{\"organisationId\":\"%s\"}".formatted(o5)), "nomineeId");
        assertThat(city.post("/api/outreach/appraisals/" + appraisal + "/votes",
                "{\"voterId\":\"b1\",\"nomineeIds\":[\"%s\",\"%s\"]}".formatted(n4, n5)).status()).isEqualTo(200);
        assertThat(city.post("/api/outreach/appraisals/" + appraisal + "/votes",
                "{\"voterId\":\"b2\",\"nomineeIds\":[\"%s\"]}".formatted(n4)).status()).isEqualTo(200);
        assertThat(city.post("/api/outreach/appraisals/" + appraisal + "/close", "").status()).isEqualTo(200);
        assertThat(city.post("/api/outreach/appraisals/" + appraisal + "/award", "").status()).isEqualTo(200);

        // By hand:
        //   jiaoxie|INTERMEDIARY: visits 3 (v1 led by the leader, v2 and v3 by the township cadre); organisations
        //     visited 2 (o1 once though visited twice, o2), by the city leadership 1 (o1), by a township cadre 2
        //     (o1, o2); problems raised 3, resolved 1, overdue 1 (due yesterday or earlier, still open).
        //   dagong|FREELANCER: visits 1 led by a department cadre; organisations visited 1, by a department 1.
        //   dagong|FREELANCER also: activities 2; participants 2 (the painter at both counts once this month, the
        //     writer once); appeals heard 1.
        //   jiaoxie|NEW_MEDIA: nominations 1, votes 2, awards 1 (o4, first with two votes).
        //   dagong|NEW_MEDIA: nominations 1, votes 1, awards 1 (o5, second).
        Map<String, Long> change = new TreeMap<>();
        add(change, "jiaoxie|INTERMEDIARY", Map.of("visits", 3L, "visitsLedByCityLeadership", 1L,
                "visitsLedByTownshipCadre", 2L, "organisationsVisited", 2L, "organisationsVisitedByCityLeadership",
                1L, "organisationsVisitedByTownshipCadre", 2L, "problemsRaised", 3L, "problemsResolved", 1L,
                "problemsOverdue", overdue));
        add(change, "dagong|FREELANCER", Map.of("visits", 1L, "visitsLedByDepartment", 1L,
                "organisationsVisited", 1L, "organisationsVisitedByDepartment", 1L, "activities", 2L,
                "activityParticipants", 2L, "appealsHeard", 1L));
        add(change, "jiaoxie|NEW_MEDIA", Map.of("appraisalNominations", 1L, "appraisalVotes", 2L,
                "appraisalAwards", 1L));
        add(change, "dagong|NEW_MEDIA", Map.of("appraisalNominations", 1L, "appraisalVotes", 1L,
                "appraisalAwards", 1L));
        Map<String, Long> expected = new TreeMap<>(before);
        change.forEach((key, delta) -> expected.merge(key, delta, Long::sum));

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(everyFigure(analyst)).isEqualTo(expected));
    }

    /** The change to a cell's figures, and to its township's and category's totals with it. */
    private static void add(Map<String, Long> change, String cell, Map<String, Long> figures) {
        String township = cell.substring(0, cell.indexOf('|'));
        String category = cell.substring(cell.indexOf('|') + 1);
        figures.forEach((figure, delta) -> {
            change.merge(cell + " " + figure, delta, Long::sum);
            change.merge(township + " " + figure, delta, Long::sum);
            change.merge(category + " " + figure, delta, Long::sum);
        });
    }

    private String visit(String organisation, String lead, LocalDate day) {
        String visit = created(city.post("/api/outreach/visits", """
                {"organisationId":"%s","plannedFor":"%s","leadCadreId":"%s"}""".formatted(organisation, day, lead)),
                "visitId");
        assertThat(city.post("/api/outreach/visits/" + visit + "/log", """
                {"visitedOn":"%s","leadCadreId":"%s","visitingCadreIds":[],"peopleMetIds":[],"findings":"Fine"}"""
                .formatted(day, lead)).status()).isEqualTo(200);
        return visit;
    }

    private String activity(String kind, LocalDate day) {
        return created(city.post("/api/outreach/activities", """
                {"township":"dagong","category":"FREELANCER","kind":"%s","title":"With the federation","heldOn":"%s",
                 "partnerUnits":["Federation of Literary and Art Circles"]}""".formatted(kind, day)), "activityId");
    }

    private String problem(String visit, LocalDate due) {
        return created(city.post("/api/outreach/visits/" + visit + "/problems", """
                {"description":"Needs help","owner":"Town office","dueOn":"%s"}""".formatted(due)), "problemId");
    }

    private static Map<String, Long> everyFigure(Caller analyst) {
        Map<String, Long> figures = new TreeMap<>();
        for (String township : TOWNSHIPS) {
            JsonNode statistics = analyst.get("/api/analytics/townships/" + township).json();
            collect(township, statistics.path("figures"), figures);
            for (String category : CATEGORIES) {
                collect(township + "|" + category, statistics.path("byCategory").path(category), figures);
            }
        }
        for (String category : CATEGORIES) {
            collect(category, analyst.get("/api/analytics/categories/" + category).json().path("figures"), figures);
        }
        return figures;
    }

    private static void collect(String where, JsonNode values, Map<String, Long> figures) {
        for (String figure : FIGURES) {
            assertThat(values.has(figure)).as("%s of %s", figure, where).isTrue();
            figures.put(where + " " + figure, values.get(figure).asLong());
        }
    }
}
