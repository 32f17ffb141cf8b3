package org.haian.strata.system;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.haian.strata.testsupport.ApiClient;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every role against every outreach route family, for its own township (libao, where the officer and the cadre
 * work) and another (qutang), through the gateway. A request that names another township answers 403; an id of
 * another township's record answers 404, decided for writes by the visit itself; a refused write leaves outreach's
 * event store as it was, and an accepted one adds to it.
 */
@ExtendWith(SuiteExtension.class)
class OutreachAccessIT {

    private static final String[] TOWNSHIPS = {"libao", "qutang"};
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String APPRAISAL = "2033-online-articles";
    private static Suite suite;
    private static ApiClient api;
    private static Caller city;
    /** Per township: organisation, cadre, person, a logged visit. */
    private static final Map<String, Map<String, String>> RECORDS = new HashMap<>();

    @BeforeAll
    static void recordsInEachTownship(Suite running) {
        suite = running;
        api = suite.api();
        city = api.as("city-admin");
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (String township : TOWNSHIPS) {
            Map<String, String> records = RECORDS.computeIfAbsent(township, t -> new HashMap<>());
            records.put("organisation", city.create("/api/liaison/organisations", """
                    {"name":"Outreach matrix %s %s","kind":"INTERMEDIARY_FIRM","category":"INTERMEDIARY",
                     "township":"%s","headcount":5,"influence":10}""".formatted(township, run, township),
                    "organisationId"));
            records.put("cadre", city.create("/api/liaison/cadres", """
                    {"cadreId":"outreach-matrix-%s-%s","name":"Matrix","level":"TOWNSHIP","township":"%s"}"""
                    .formatted(township, run, township), "cadreId"));
            await().atMost(Duration.ofSeconds(90)).until(() ->
                    city.get("/api/outreach/organisations/" + records.get("organisation")).status() == 200
                            && city.get("/api/outreach/cadres/" + records.get("cadre")).status() == 200);
            String visit = plannedVisit(township);
            city.post("/api/outreach/visits/" + visit + "/log", log(township)).expect(200);
            records.put("visit", visit);
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    city.get("/api/outreach/visits/" + visit).status() == 200);
        }
        for (String township : TOWNSHIPS) {
            String activity = city.create("/api/outreach/activities", """
                    {"township":"%s","category":"NEW_MEDIA","kind":"TRAINING","title":"Matrix","heldOn":"%s",
                     "partnerUnits":[]}""".formatted(township, TODAY), "activityId");
            RECORDS.get(township).put("activity", activity);
            String form = city.create("/api/outreach/opinion-forms", """
                    {"township":"%s","title":"Matrix","questions":["Why?"]}""".formatted(township), "formId");
            RECORDS.get(township).put("form", form);
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    city.get("/api/outreach/opinion-forms/" + form).status() == 200);
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    city.get("/api/outreach/activities/" + activity).status() == 200);
        }
        city.post("/api/outreach/appraisals", "{\"year\":2033,\"kind\":\"ONLINE_ARTICLES\"}").expect(201);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                city.get("/api/outreach/appraisals/" + APPRAISAL).status() == 200);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            // user,          route family,       township, status
            "city-admin,      plan-visit,         own,      201",
            "city-admin,      plan-visit,         other,    201",
            "officer-libao,   plan-visit,         own,      201",
            "officer-libao,   plan-visit,         other,    403",
            "cadre-libao,     plan-visit,         own,      403",
            "analyst,         plan-visit,         own,      403",
            "anonymous,       plan-visit,         own,      401",

            "city-admin,      log-visit,          own,      200",
            "city-admin,      log-visit,          other,    200",
            "officer-libao,   log-visit,          own,      200",
            "officer-libao,   log-visit,          other,    404",
            "cadre-libao,     log-visit,          own,      403",
            "analyst,         log-visit,          own,      403",
            "anonymous,       log-visit,          own,      401",

            "city-admin,      raise-problem,      own,      201",
            "city-admin,      raise-problem,      other,    201",
            "officer-libao,   raise-problem,      own,      201",
            "officer-libao,   raise-problem,      other,    404",
            "cadre-libao,     raise-problem,      own,      403",
            "analyst,         raise-problem,      own,      403",
            "anonymous,       raise-problem,      own,      401",

            "city-admin,      read-visit,         own,      200",
            "city-admin,      read-visit,         other,    200",
            "officer-libao,   read-visit,         own,      200",
            "officer-libao,   read-visit,         other,    404",
            "cadre-libao,     read-visit,         own,      403",
            "analyst,         read-visit,         own,      403",
            "anonymous,       read-visit,         own,      401",

            "city-admin,      visit-history,      other,    200",
            "officer-libao,   visit-history,      own,      200",
            "officer-libao,   visit-history,      other,    404",
            "cadre-libao,     visit-history,      own,      403",
            "analyst,         visit-history,      own,      403",

            "city-admin,      list-visits,        other,    200",
            "officer-libao,   list-visits,        own,      200",
            "officer-libao,   list-visits,        other,    403",
            "cadre-libao,     list-visits,        own,      403",
            "analyst,         list-visits,        own,      403",
            "anonymous,       list-visits,        own,      401",
            "city-admin,      list-books,         other,    200",
            "officer-libao,   list-books,         own,      200",
            "officer-libao,   list-books,         other,    403",
            "cadre-libao,     list-books,         own,      403",
            "analyst,         list-books,         own,      403",
            "anonymous,       list-books,         own,      401",
            "city-admin,      list-forms,         other,    200",
            "officer-libao,   list-forms,         own,      200",
            "officer-libao,   list-forms,         other,    403",
            "cadre-libao,     list-forms,         own,      403",
            "analyst,         list-forms,         own,      403",
            "anonymous,       list-forms,         own,      401",
            "city-admin,      list-summaries,     other,    200",
            "officer-libao,   list-summaries,     own,      200",
            "officer-libao,   list-summaries,     other,    403",
            "cadre-libao,     list-summaries,     own,      403",
            "analyst,         list-summaries,     own,      403",
            "anonymous,       list-summaries,     own,      401",

            "city-admin,      list-problems,      other,    200",
            "officer-libao,   list-problems,      own,      200",
            "officer-libao,   list-problems,      other,    403",
            "cadre-libao,     list-problems,      own,      403",
            "analyst,         list-problems,      own,      403",

            "city-admin,      suggestion,         other,    200",
            "officer-libao,   suggestion,         own,      200",
            "officer-libao,   suggestion,         other,    403",
            "cadre-libao,     suggestion,         own,      403",
            "analyst,         suggestion,         own,      403",

            "city-admin,      read-organisation,  other,    200",
            "officer-libao,   read-organisation,  own,      200",
            "officer-libao,   read-organisation,  other,    404",
            "cadre-libao,     read-organisation,  own,      403",
            "analyst,         read-organisation,  own,      403",

            "city-admin,      organise-activity,  other,    201",
            "officer-libao,   organise-activity,  own,      201",
            "officer-libao,   organise-activity,  other,    403",
            "cadre-libao,     organise-activity,  own,      403",
            "analyst,         organise-activity,  own,      403",
            "anonymous,       organise-activity,  own,      401",
            "city-admin,      attend,             other,    200",
            "officer-libao,   attend,             own,      200",
            "officer-libao,   attend,             other,    404",
            "cadre-libao,     attend,             own,      403",
            "city-admin,      read-activity,      other,    200",
            "officer-libao,   read-activity,      own,      200",
            "officer-libao,   read-activity,      other,    404",
            "analyst,         read-activity,      own,      403",
            "officer-libao,   list-activities,    own,      200",
            "officer-libao,   list-activities,    other,    403",

            "city-admin,      draft-form,         other,    201",
            "officer-libao,   draft-form,         own,      201",
            "officer-libao,   draft-form,         other,    403",
            "cadre-libao,     draft-form,         own,      403",
            "analyst,         draft-form,         own,      403",
            "anonymous,       draft-form,         own,      401",
            "officer-libao,   issue-form,         other,    404",
            "officer-libao,   read-form,          own,      200",
            "officer-libao,   read-form,          other,    404",
            "analyst,         read-form,          own,      403",
            "officer-libao,   file-summary,       other,    403",
            "analyst,         file-summary,       own,      403",

            "officer-libao,   open-appraisal,     own,      403",
            "cadre-libao,     open-appraisal,     own,      403",
            "analyst,         open-appraisal,     own,      403",
            "anonymous,       open-appraisal,     own,      401",
            "officer-libao,   vote,               own,      403",
            "analyst,         vote,               own,      403",

            "city-admin,      read-appraisal,     own,      200",
            "officer-libao,   read-appraisal,     own,      200",
            "cadre-libao,     read-appraisal,     own,      403",
            "analyst,         read-appraisal,     own,      403",
            "anonymous,       read-appraisal,     own,      401",
            "officer-libao,   tally,              own,      200",
            "analyst,         tally,              own,      403",
    })
    void eachRoleGetsWhatItsTownshipRulesAllow(String user, String family, String scope, int status) {
        String township = "own".equals(scope) ? "libao" : "qutang";
        Map<String, String> records = RECORDS.get(township);
        Caller caller = "anonymous".equals(user) ? api.anonymous() : api.as(user);
        String fresh = "log-visit".equals(family) ? plannedVisit(township) : null;
        long storedBefore = suite.eventStoreHead(suite.outreach);

        Reply reply = switch (family) {
            case "plan-visit" -> caller.post("/api/outreach/visits", """
                    {"township":"%s","organisationId":"%s","plannedFor":"%s","leadCadreId":"%s"}"""
                    .formatted(township, records.get("organisation"), TODAY, records.get("cadre")));
            case "log-visit" -> caller.post("/api/outreach/visits/" + fresh + "/log", log(township));
            case "raise-problem" -> caller.post("/api/outreach/visits/" + records.get("visit") + "/problems", """
                    {"description":"Matrix","owner":"Matrix office","dueOn":"%s"}""".formatted(TODAY));
            case "read-visit" -> caller.get("/api/outreach/visits/" + records.get("visit"));
            case "visit-history" -> caller.get("/api/outreach/visits/" + records.get("visit") + "/history");
            case "list-visits" -> caller.get("/api/outreach/visits?township=" + township);
            case "list-problems" -> caller.get("/api/outreach/problems?township=" + township);
            case "list-books" -> caller.get("/api/outreach/address-books?township=" + township);
            case "list-forms" -> caller.get("/api/outreach/opinion-forms?township=" + township);
            case "list-summaries" -> caller.get("/api/outreach/contact-summaries?township=" + township);
            case "suggestion" -> caller.get("/api/outreach/visit-suggestion?category=INTERMEDIARY&township="
                    + township);
            case "read-organisation" -> caller.get("/api/outreach/organisations/" + records.get("organisation"));
            case "organise-activity" -> caller.post("/api/outreach/activities", """
                    {"township":"%s","category":"NEW_MEDIA","kind":"TRAINING","title":"Matrix","heldOn":"%s",
                     "partnerUnits":[]}""".formatted(township, TODAY));
            case "attend" -> caller.post("/api/outreach/activities/" + records.get("activity") + "/attendance",
                    "{\"personId\":\"%s\"}".formatted(OutreachRecords.person(suite.api().as("city-admin"), township,
                            "NEW_MEDIA")));
            case "read-activity" -> caller.get("/api/outreach/activities/" + records.get("activity"));
            case "list-activities" -> caller.get("/api/outreach/activities?township=" + township);
            case "draft-form" -> caller.post("/api/outreach/opinion-forms", """
                    {"township":"%s","title":"Matrix","questions":["Why?"]}""".formatted(township));
            case "issue-form" -> caller.post("/api/outreach/opinion-forms/" + records.get("form") + "/issues", """
                    {"issuedOn":"%s","personIds":["%s"]}""".formatted(TODAY, UUID.randomUUID()));
            case "read-form" -> caller.get("/api/outreach/opinion-forms/" + records.get("form"));
            case "file-summary" -> caller.post("/api/outreach/contact-summaries", """
                    {"township":"%s","year":2001,"half":1,"narrative":"Matrix"}""".formatted(township));
            case "open-appraisal" -> caller.post("/api/outreach/appraisals", "{\"year\":2034,\"kind\":\"NETIZENS\"}");
            case "vote" -> caller.post("/api/outreach/appraisals/" + APPRAISAL + "/votes",
                    "{\"voterId\":\"matrix\",\"nomineeIds\":[\"nobody\"]}");
            case "read-appraisal" -> caller.get("/api/outreach/appraisals/" + APPRAISAL);
            case "tally" -> caller.get("/api/outreach/appraisals/" + APPRAISAL + "/tally");
            default -> throw new IllegalArgumentException(family);
        };

        if (status >= 400) {
            reply.expectProblem(status);
        } else {
            reply.expect(status);
        }
        if (!family.startsWith("read") && !family.startsWith("list") && !"suggestion".equals(family)
                && !"tally".equals(family) && !"visit-history".equals(family)) {
            long stored = suite.eventStoreHead(suite.outreach);
            assertThat(stored).as("outreach's event store head").isEqualTo(status < 300 ? storedBefore + 1
                    : storedBefore);
        }
        if ("list-visits".equals(family) && status == 200) {
            assertThat(reply.json().path("items")).allSatisfy(visit ->
                    assertThat(visit.path("township").asText()).isEqualTo(township));
        }
    }

    private static String plannedVisit(String township) {
        return city.create("/api/outreach/visits", """
                {"organisationId":"%s","plannedFor":"%s","leadCadreId":"%s"}"""
                .formatted(RECORDS.get(township).get("organisation"), TODAY, RECORDS.get(township).get("cadre")),
                "visitId");
    }

    private static String log(String township) {
        return """
                {"visitedOn":"%s","leadCadreId":"%s","visitingCadreIds":[],"peopleMetIds":[],"findings":"Matrix"}"""
                .formatted(TODAY, RECORDS.get(township).get("cadre"));
    }
}
