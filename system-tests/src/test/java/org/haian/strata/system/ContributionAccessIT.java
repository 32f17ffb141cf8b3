package org.haian.strata.system;

import java.time.Duration;
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
 * Every role against every route family of contribution, for its own township (libao, where the officer and the
 * cadre work) and another (qutang), through the gateway. A request that names another township answers 403; an id
 * of another township's record 404, like an id of no record or of another kind; a refused write leaves
 * contribution's event store as it was, an accepted one adds its one event. The people a write names are libao's, whom
 * every caller here may name, so that the village alone decides who may write to it.
 */
@ExtendWith(SuiteExtension.class)
class ContributionAccessIT {

    private static Suite suite;
    private static ApiClient api;
    /** Record kind (people, suggestions, villages) to township to id. */
    private static final Map<String, Map<String, String>> RECORDS = new HashMap<>();

    @BeforeAll
    static void recordsOfEveryKindInEachTownship(Suite running) {
        suite = running;
        api = suite.api();
        ContributionIT.signIn(running);
        Caller city = api.as("city-admin");
        for (String township : new String[] {"libao", "qutang"}) {
            String person = ContributionIT.person(township, "NEW_MEDIA");
            record("people", township, person);
            record("suggestions", township, city.create("/api/contribution/suggestions",
                    ContributionIT.suggestion(township, person, null), "suggestionId"));
            record("villages", township, city.create("/api/contribution/villages",
                    "{\"township\":\"" + township + "\",\"name\":\"Matrix " + UUID.randomUUID()
                            + "\",\"kind\":\"VILLAGE\"}", "villageId"));
        }
        RECORDS.forEach((kind, ids) -> ids.values().forEach(id -> await().atMost(Duration.ofSeconds(60))
                .until(() -> city.get("/api/contribution/" + kind + "/" + id).status() == 200)));
    }

    private static void record(String kind, String township, String id) {
        RECORDS.computeIfAbsent(kind, k -> new HashMap<>()).put(township, id);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            // user,          route family,       township, status
            "city-admin,      submit-suggestion,  own,      201",
            "city-admin,      submit-suggestion,  other,    201",
            "officer-libao,   submit-suggestion,  own,      201",
            "officer-libao,   submit-suggestion,  other,    403",
            "cadre-libao,     submit-suggestion,  own,      403",
            "analyst,         submit-suggestion,  own,      403",
            "anonymous,       submit-suggestion,  own,      401",

            "city-admin,      read-suggestion,    own,      200",
            "city-admin,      read-suggestion,    other,    200",
            "officer-libao,   read-suggestion,    own,      200",
            "officer-libao,   read-suggestion,    other,    404",
            "cadre-libao,     read-suggestion,    own,      403",
            "analyst,         read-suggestion,    own,      403",
            "anonymous,       read-suggestion,    own,      401",

            "city-admin,      list-suggestions,   other,    200",
            "officer-libao,   list-suggestions,   own,      200",
            "officer-libao,   list-suggestions,   other,    403",
            "cadre-libao,     list-suggestions,   own,      403",
            "analyst,         list-suggestions,   own,      403",
            "anonymous,       list-suggestions,   own,      401",

            "city-admin,      register-village,   own,      201",
            "city-admin,      register-village,   other,    201",
            "officer-libao,   register-village,   own,      201",
            "officer-libao,   register-village,   other,    403",
            "cadre-libao,     register-village,   own,      403",
            "analyst,         register-village,   own,      403",
            "anonymous,       register-village,   own,      401",

            "city-admin,      link-project,       own,      200",
            "city-admin,      link-project,       other,    200",
            "officer-libao,   link-project,       own,      200",
            "officer-libao,   link-project,       other,    404",
            "cadre-libao,     link-project,       own,      403",
            "analyst,         link-project,       own,      403",
            "anonymous,       link-project,       own,      401",

            "city-admin,      read-village,       other,    200",
            "officer-libao,   read-village,       own,      200",
            "officer-libao,   read-village,       other,    404",
            "cadre-libao,     read-village,       own,      403",
            "analyst,         read-village,       own,      403",
            "anonymous,       read-village,       own,      401",

            "city-admin,      list-villages,      other,    200",
            "officer-libao,   list-villages,      own,      200",
            "officer-libao,   list-villages,      other,    403",
            "analyst,         list-villages,      own,      403",

            "city-admin,      read-person,        other,    200",
            "officer-libao,   read-person,        own,      200",
            "officer-libao,   read-person,        other,    404",
            "cadre-libao,     read-person,        own,      403",
            "analyst,         read-person,        own,      403",
            "anonymous,       read-person,        own,      401"})
    void eachRoleGetsWhatItsTownshipRulesAllow(String user, String family, String scope, int status) {
        String township = "own".equals(scope) ? "libao" : "qutang";
        Caller caller = "anonymous".equals(user) ? api.anonymous() : api.as(user);
        long storedBefore = suite.eventStoreHead(suite.contribution);

        Reply reply = switch (family) {
            case "submit-suggestion" -> caller.post("/api/contribution/suggestions",
                    ContributionIT.suggestion(township, RECORDS.get("people").get(township), null));
            case "read-suggestion" -> caller.get("/api/contribution/suggestions/"
                    + RECORDS.get("suggestions").get(township));
            case "list-suggestions" -> caller.get("/api/contribution/suggestions?township=" + township);
            case "register-village" -> caller.post("/api/contribution/villages",
                    "{\"township\":\"" + township + "\",\"name\":\"Matrix\",\"kind\":\"COMMUNITY\"}");
            case "link-project" -> caller.post("/api/contribution/villages/" + RECORDS.get("villages").get(township)
                    + "/projects", "{\"personId\":\"" + RECORDS.get("people").get("libao") + "\",\"project\":\""
                    + UUID.randomUUID() + "\"}");
            case "read-village" -> caller.get("/api/contribution/villages/" + RECORDS.get("villages").get(township));
            case "list-villages" -> caller.get("/api/contribution/villages?township=" + township);
            case "read-person" -> caller.get("/api/contribution/people/" + RECORDS.get("people").get(township));
            default -> throw new IllegalArgumentException(family);
        };

        if (status >= 400) {
            reply.expectProblem(status);
        } else {
            reply.expect(status);
        }
        boolean write = family.startsWith("submit") || family.startsWith("register") || family.startsWith("link");
        if (write) {
            assertThat(suite.eventStoreHead(suite.contribution))
                    .isEqualTo(status < 300 ? storedBefore + 1 : storedBefore);
        }
        if ("list-suggestions".equals(family) && status == 200) {
            assertThat(reply.json().path("items").findValuesAsText("township")).containsOnly(township);
        }
    }

    /** Who did what when to a record: from the event store, so rights are decided there too. */
    @ParameterizedTest(name = "{0} reads the history of {1} in {2} -> {3}")
    @CsvSource({
            "city-admin,      suggestions,   qutang,   200",
            "officer-libao,   suggestions,   libao,    200",
            "officer-libao,   suggestions,   qutang,   404",
            "cadre-libao,     suggestions,   libao,    403",
            "analyst,         suggestions,   libao,    403",
            "anonymous,       suggestions,   libao,    401",
            "city-admin,      villages,      qutang,   200",
            "officer-libao,   villages,      libao,    200",
            "officer-libao,   villages,      qutang,   404",
            "cadre-libao,     villages,      libao,    403",
            "analyst,         villages,      libao,    403",
            "anonymous,       villages,      libao,    401"})
    void everyHistoryAnswersWhoeverMaySeeTheRecord(String user, String kind, String township, int status) {
        Caller caller = "anonymous".equals(user) ? api.anonymous() : api.as(user);
        Reply reply = caller.get("/api/contribution/" + kind + "/" + RECORDS.get(kind).get(township) + "/history");

        if (status >= 400) {
            reply.expectProblem(status);
        } else {
            assertThat(reply.expect(status).list()).isNotEmpty();
        }
    }

    /** An id names one record of one kind: asked for as another kind, it is no such record, to the city too. */
    @ParameterizedTest(name = "/{0}/<id of {1}>{2} -> 404")
    @CsvSource({
            "suggestions, villages,    ''", "suggestions, villages,    /history",
            "villages,    suggestions, ''", "villages,    suggestions, /history",
            "people,      suggestions, ''", "suggestions, people,      /history"})
    void anIdOfAnotherKindIsNoSuchRecord(String kind, String idOf, String view) {
        String id = RECORDS.get(idOf).get("libao");

        api.as("city-admin").get("/api/contribution/" + kind + "/" + id + view).expectProblem(404);
        long before = suite.eventStoreHead(suite.contribution);
        api.as("city-admin").post("/api/contribution/suggestions/" + RECORDS.get("villages").get("libao")
                + "/accept").expectProblem(404, "suggestionId");
        assertThat(suite.eventStoreHead(suite.contribution)).isEqualTo(before);
    }
}
