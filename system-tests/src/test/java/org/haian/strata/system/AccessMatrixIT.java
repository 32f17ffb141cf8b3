package org.haian.strata.system;

import java.nio.charset.StandardCharsets;
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
 * Every role against every route family, for its own township (libao, where the officer and the cadre work) and
 * another (qutang), through the gateway; and every record's history and view asked for with the id of a record of
 * another kind. A refused write leaves liaison's event store as it was. Reads of another township's record by id
 * answer 404 (existence does not leak); a request that names another township answers 403.
 */
@ExtendWith(SuiteExtension.class)
class AccessMatrixIT {

    private static final String[] TOWNSHIPS = {"libao", "qutang"};
    private static Suite suite;
    private static ApiClient api;
    /** Record kind (its path under /api/liaison) to township (or "city") to id. */
    private static final Map<String, Map<String, String>> RECORDS = new HashMap<>();

    @BeforeAll
    static void recordsOfEveryKindInEachTownship(Suite running) {
        suite = running;
        api = suite.api();
        Caller city = api.as("city-admin");
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (String township : TOWNSHIPS) {
            String organisation = city.create("/api/liaison/organisations", """
                    {"name":"Matrix %s %s","kind":"MEDIA_OUTLET","category":"NEW_MEDIA","township":"%s",
                     "headcount":3,"influence":10,"followers":900}""".formatted(township, run, township), "organisationId");
            record("organisations", township, organisation);
            record("people", township, city.create("/api/liaison/people", """
                    {"name":"Matrix %s %s","category":"NEW_MEDIA","township":"%s"}"""
                    .formatted(township, run, township), "personId"));
            record("bases", township, city.create("/api/liaison/bases", """
                    {"name":"Matrix base %s %s","category":"NEW_MEDIA","township":"%s","anchorOrganisationId":"%s"}"""
                    .formatted(township, run, township, organisation), "baseId"));
            record("cadres", township, city.create("/api/liaison/cadres", """
                    {"cadreId":"matrix-%s-%s","name":"Matrix","level":"TOWNSHIP","township":"%s"}"""
                    .formatted(township, run, township), "cadreId"));
        }
        record("conferences", "city", city.create("/api/liaison/conferences", """
                {"name":"Matrix conference %s","convener":"Matrix"}""".formatted(run), "conferenceId"));
        record("associations", "city", city.create("/api/liaison/associations", """
                {"name":"Matrix association %s"}""".formatted(run), "associationId"));
        RECORDS.forEach((kind, ids) -> ids.values().forEach(id -> await().atMost(Duration.ofSeconds(60))
                .until(() -> city.get("/api/liaison/" + kind + "/" + id).status() == 200)));
    }

    private static void record(String kind, String township, String id) {
        RECORDS.computeIfAbsent(kind, k -> new HashMap<>()).put(township, id);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            // user,          route family,        township, status
            "city-admin,      register-person,     own,      201",
            "city-admin,      register-person,     other,    201",
            "officer-libao,   register-person,     own,      201",
            "officer-libao,   register-person,     other,    403",
            "cadre-libao,     register-person,     own,      403",
            "cadre-libao,     register-person,     other,    403",
            "analyst,         register-person,     own,      403",
            "analyst,         register-person,     other,    403",
            "anonymous,       register-person,     own,      401",

            "city-admin,      read-person,         own,      200",
            "city-admin,      read-person,         other,    200",
            "officer-libao,   read-person,         own,      200",
            "officer-libao,   read-person,         other,    404",
            "cadre-libao,     read-person,         own,      404",
            "cadre-libao,     read-person,         other,    404",
            "analyst,         read-person,         own,      403",
            "analyst,         read-person,         other,    403",
            "anonymous,       read-person,         own,      401",

            "city-admin,      township-figures,    own,      200",
            "city-admin,      township-figures,    other,    200",
            "officer-libao,   township-figures,    own,      200",
            "officer-libao,   township-figures,    other,    403",
            "cadre-libao,     township-figures,    own,      403",
            "cadre-libao,     township-figures,    other,    403",
            "analyst,         township-figures,    own,      200",
            "analyst,         township-figures,    other,    200",
            "anonymous,       township-figures,    own,      401",

            "city-admin,      category-figures,    own,      200",
            "officer-libao,   category-figures,    own,      200",
            "cadre-libao,     category-figures,    own,      403",
            "analyst,         category-figures,    own,      200",
            "anonymous,       category-figures,    own,      401",

            "city-admin,      city-figures,        own,      200",
            "officer-libao,   city-figures,        own,      403",
            "cadre-libao,     city-figures,        own,      403",
            "analyst,         city-figures,        own,      200",
            "anonymous,       city-figures,        own,      401",

            "city-admin,      series,              other,    200",
            "officer-libao,   series,              own,      200",
            "officer-libao,   series,              other,    403",
            "cadre-libao,     series,              own,      403",
            "analyst,         series,              other,    200",
            "anonymous,       series,              own,      401",

            "city-admin,      township-scorecard,  other,    200",
            "officer-libao,   township-scorecard,  own,      200",
            "officer-libao,   township-scorecard,  other,    403",
            "cadre-libao,     township-scorecard,  own,      403",
            "analyst,         township-scorecard,  other,    200",
            "anonymous,       township-scorecard,  own,      401",
            "city-admin,      city-scorecard,      own,      200",
            "officer-libao,   city-scorecard,      own,      200",
            "cadre-libao,     city-scorecard,      own,      403",
            "analyst,         city-scorecard,      own,      200",
            "anonymous,       city-scorecard,      own,      401",
            "city-admin,      scorecard-series,    other,    200",
            "officer-libao,   scorecard-series,    own,      200",
            "officer-libao,   scorecard-series,    other,    403",
            "cadre-libao,     scorecard-series,    own,      403",
            "analyst,         scorecard-series,    own,      200",
            "anonymous,       scorecard-series,    own,      401",

            "officer-libao,   start-rebuild,       own,      403",
            "cadre-libao,     start-rebuild,       own,      403",
            "analyst,         start-rebuild,       own,      403",
            "anonymous,       start-rebuild,       own,      401",
            "city-admin,      rebuild-status,      own,      404",
            "officer-libao,   rebuild-status,      own,      403",
            "analyst,         rebuild-status,      own,      403",

            "city-admin,      export-person,       own,      200",
            "city-admin,      export-person,       other,    200",
            "officer-libao,   export-person,       own,      200",
            "officer-libao,   export-person,       other,    404",
            "cadre-libao,     export-person,       own,      403",
            "analyst,         export-person,       own,      403",
            "anonymous,       export-person,       own,      401",

            "city-admin,      export-people,       other,    200",
            "officer-libao,   export-people,       own,      200",
            "officer-libao,   export-people,       other,    403",
            "cadre-libao,     export-people,       own,      403",
            "analyst,         export-people,       own,      403",
            "anonymous,       export-people,       own,      401",
            "analyst,         export-figures,      other,    200",
            "officer-libao,   export-figures,      own,      200",
            "officer-libao,   export-figures,      other,    403",
            "cadre-libao,     export-figures,      own,      403",

            "officer-libao,   forget-person,       own,      403",
            "cadre-libao,     forget-person,       own,      403",
            "analyst,         forget-person,       own,      403",
            "anonymous,       forget-person,       own,      401",

            // A row of another township is refused as that row's error (400), as its single registration would be.
            "city-admin,      import-dry-run,      own,      200",
            "city-admin,      import-dry-run,      other,    200",
            "officer-libao,   import-dry-run,      own,      200",
            "officer-libao,   import-dry-run,      other,    400",
            "cadre-libao,     import-dry-run,      own,      403",
            "analyst,         import-dry-run,      own,      403",
            "anonymous,       import-dry-run,      own,      401",

            // A cadre's reminders are their own, which they may narrow to any township.
            "city-admin,      reminders,           own,      200",
            "city-admin,      reminders,           other,    200",
            "officer-libao,   reminders,           own,      200",
            "officer-libao,   reminders,           other,    403",
            "cadre-libao,     reminders,           own,      200",
            "cadre-libao,     reminders,           other,    200",
            "analyst,         reminders,           own,      403",
            "anonymous,       reminders,           own,      401",

            "officer-libao,   send-digests,        own,      403",
            "cadre-libao,     send-digests,        own,      403",
            "analyst,         send-digests,        own,      403",
            "anonymous,       send-digests,        own,      401",
            // Dead letters carry events (names among them): the city's administrators only. Their counts, anyone who
            // reads the figures they qualify (a cadre reads no figures of analytics, so none of its counts either).
            "city-admin,      dead-letters,        own,      200",
            "officer-libao,   dead-letters,        own,      403",
            "cadre-libao,     dead-letters,        own,      403",
            "analyst,         dead-letters,        own,      403",
            "anonymous,       dead-letters,        own,      401",
            "city-admin,      dead-letter-counts,  own,      200",
            "officer-libao,   dead-letter-counts,  own,      200",
            "cadre-libao,     dead-letter-counts,  own,      403",
            "analyst,         dead-letter-counts,  own,      200",
            "anonymous,       dead-letter-counts,  own,      401",
            "city-admin,      retry-dead-letters,  own,      200",
            "officer-libao,   retry-dead-letters,  own,      403",
            "analyst,         retry-dead-letters,  own,      403",
            "anonymous,       retry-dead-letters,  own,      401",
            "city-admin,      skip-dead-letter,    own,      404",
            "officer-libao,   skip-dead-letter,    own,      403",
            "analyst,         skip-dead-letter,    own,      403",
            "anonymous,       skip-dead-letter,    own,      401"})
    void eachRoleGetsWhatItsTownshipRulesAllow(String user, String family, String scope, int status) {
        String township = "own".equals(scope) ? "libao" : "qutang";
        Caller caller = caller(user);
        long storedBefore = suite.eventStoreHead(suite.liaison);

        Reply reply = switch (family) {
            case "register-person" -> caller.post("/api/liaison/people",
                    "{\"name\":\"Matrix\",\"category\":\"FREELANCER\",\"township\":\"" + township + "\"}");
            case "read-person" -> caller.get("/api/liaison/people/" + RECORDS.get("people").get(township));
            case "township-figures" -> caller.get("/api/analytics/townships/" + township);
            case "category-figures" -> caller.get("/api/analytics/categories/NEW_MEDIA");
            case "city-figures" -> caller.get("/api/analytics/city");
            case "series" -> caller.get("/api/analytics/series?township=" + township);
            case "township-scorecard" -> caller.get("/api/analytics/scorecard?township=" + township);
            // For a township officer, the scorecard without a township is their own township's.
            case "city-scorecard" -> caller.get("/api/analytics/scorecard");
            case "scorecard-series" -> caller.get("/api/analytics/scorecard/series?township=" + township);
            case "start-rebuild" -> caller.post("/api/analytics/rebuilds");
            case "rebuild-status" -> caller.get("/api/analytics/rebuilds/no-such-rebuild");
            case "export-person" -> caller.get("/api/liaison/people/" + RECORDS.get("people").get(township)
                    + "/export");
            case "export-people" -> caller.with("Accept", "text/csv").get("/api/liaison/people?township=" + township);
            case "export-figures" -> caller.with("Accept", "text/csv").get("/api/analytics/townships/" + township);
            case "forget-person" -> caller.post("/api/liaison/people/" + RECORDS.get("people").get(township)
                    + "/forget", "{\"reason\":\"Asked by the matrix\"}");
            case "import-dry-run" -> caller.upload("/api/liaison/imports?kind=people&dryRun=true", "text/csv",
                    ("name,category,township\nMatrix import,NEW_MEDIA," + township + "\n")
                            .getBytes(StandardCharsets.UTF_8));
            case "reminders" -> caller.get("/api/reminders?township=" + township);
            case "send-digests" -> caller.post("/api/reminders/digests");
            case "dead-letters" -> caller.get("/api/liaison/dead-letters");
            case "dead-letter-counts" -> caller.get("/api/analytics/dead-letters/counts");
            // An empty queue: a retry handles nothing, and the letter to skip is not there.
            case "retry-dead-letters" -> caller.post("/api/analytics/dead-letters/liaison-registry/retries");
            case "skip-dead-letter" -> caller.delete("/api/liaison/dead-letters/person-directory/letters/none");
            default -> throw new IllegalArgumentException(family);
        };

        expect(reply, status);
        if ("import-dry-run".equals(family)) {
            assertThat(suite.eventStoreHead(suite.liaison)).isEqualTo(storedBefore);
        }
        if ("register-person".equals(family) || "forget-person".equals(family)) {
            assertThat(suite.eventStoreHead(suite.liaison)).isEqualTo(status == 201 ? storedBefore + 1 : storedBefore);
        }
        if ("category-figures".equals(family) && status == 200 && "officer-libao".equals(user)) {
            assertThat(reply.json().get("byTownship").fieldNames()).toIterable().containsExactly("libao");
        }
    }

    /**
     * Every list of outreach and contribution as an export (CSV) keeps its list's rules: the city any township, an
     * officer their own (403 for another named), and a cadre or an analyst none, so no analyst's export ever holds a
     * person's field.
     */
    @ParameterizedTest(name = "{0} exports /api/{1} of {2} -> {3}")
    @CsvSource({
            // user,          list,                          township, status
            "city-admin,      outreach/visits,               other, 200",
            "officer-libao,   outreach/visits,               own,   200",
            "officer-libao,   outreach/visits,               other, 403",
            "cadre-libao,     outreach/visits,               own,   403",
            "analyst,         outreach/visits,               own,   403",
            "anonymous,       outreach/visits,               own,   401",
            "city-admin,      outreach/problems,             other, 200",
            "officer-libao,   outreach/problems,             own,   200",
            "officer-libao,   outreach/problems,             other, 403",
            "cadre-libao,     outreach/problems,             own,   403",
            "analyst,         outreach/problems,             own,   403",
            "anonymous,       outreach/problems,             own,   401",
            "city-admin,      outreach/activities,           other, 200",
            "officer-libao,   outreach/activities,           own,   200",
            "officer-libao,   outreach/activities,           other, 403",
            "cadre-libao,     outreach/activities,           own,   403",
            "analyst,         outreach/activities,           own,   403",
            "anonymous,       outreach/activities,           own,   401",
            "city-admin,      outreach/address-books,        other, 200",
            "officer-libao,   outreach/address-books,        own,   200",
            "officer-libao,   outreach/address-books,        other, 403",
            "cadre-libao,     outreach/address-books,        own,   403",
            "analyst,         outreach/address-books,        own,   403",
            "anonymous,       outreach/address-books,        own,   401",
            "city-admin,      outreach/opinion-forms,        other, 200",
            "officer-libao,   outreach/opinion-forms,        own,   200",
            "officer-libao,   outreach/opinion-forms,        other, 403",
            "cadre-libao,     outreach/opinion-forms,        own,   403",
            "analyst,         outreach/opinion-forms,        own,   403",
            "anonymous,       outreach/opinion-forms,        own,   401",
            "city-admin,      outreach/contact-summaries,    other, 200",
            "officer-libao,   outreach/contact-summaries,    own,   200",
            "officer-libao,   outreach/contact-summaries,    other, 403",
            "cadre-libao,     outreach/contact-summaries,    own,   403",
            "analyst,         outreach/contact-summaries,    own,   403",
            "anonymous,       outreach/contact-summaries,    own,   401",
            "city-admin,      contribution/suggestions,      other, 200",
            "officer-libao,   contribution/suggestions,      own,   200",
            "officer-libao,   contribution/suggestions,      other, 403",
            "cadre-libao,     contribution/suggestions,      own,   403",
            "analyst,         contribution/suggestions,      own,   403",
            "anonymous,       contribution/suggestions,      own,   401",
            "city-admin,      contribution/meetings,         other, 200",
            "officer-libao,   contribution/meetings,         own,   200",
            "officer-libao,   contribution/meetings,         other, 403",
            "cadre-libao,     contribution/meetings,         own,   403",
            "analyst,         contribution/meetings,         own,   403",
            "anonymous,       contribution/meetings,         own,   401",
            "city-admin,      contribution/villages,         other, 200",
            "officer-libao,   contribution/villages,         own,   200",
            "officer-libao,   contribution/villages,         other, 403",
            "cadre-libao,     contribution/villages,         own,   403",
            "analyst,         contribution/villages,         own,   403",
            "anonymous,       contribution/villages,         own,   401",
            "city-admin,      contribution/consultations,    other, 200",
            "officer-libao,   contribution/consultations,    own,   200",
            "officer-libao,   contribution/consultations,    other, 403",
            "cadre-libao,     contribution/consultations,    own,   403",
            "analyst,         contribution/consultations,    own,   403",
            "anonymous,       contribution/consultations,    own,   401",
            "city-admin,      contribution/activities,       other, 200",
            "officer-libao,   contribution/activities,       own,   200",
            "officer-libao,   contribution/activities,       other, 403",
            "cadre-libao,     contribution/activities,       own,   403",
            "analyst,         contribution/activities,       own,   403",
            "anonymous,       contribution/activities,       own,   401",
            "city-admin,      outreach/appraisals,           city,  200",
            "officer-libao,   outreach/appraisals,           city,  200",
            "cadre-libao,     outreach/appraisals,           city,  403",
            "analyst,         outreach/appraisals,           city,  403",
            "anonymous,       outreach/appraisals,           city,  401",
            "city-admin,      contribution/research,         city,  200",
            "officer-libao,   contribution/research,         city,  200",
            "cadre-libao,     contribution/research,         city,  403",
            "analyst,         contribution/research,         city,  403",
            "anonymous,       contribution/research,         city,  401"})
    void everyListExportKeepsItsListsRules(String user, String list, String scope, int status) {
        String query = "city".equals(scope) ? "" : "?township=" + ("own".equals(scope) ? "libao" : "qutang");

        Reply reply = caller(user).with("Accept", "text/csv").get("/api/" + list + query);

        expect(reply, status);
        if (status == 200) {
            assertThat(reply.contentType()).as(reply.request()).startsWith("text/csv");
        }
    }

    /** Who did what when to a record: from the event store, so rights are decided there too, not by a read model. */
    @ParameterizedTest(name = "{0} reads the history of {1} in {2} -> {3}")
    @CsvSource({
            // user,          record kind,   township, status
            "city-admin,      people,        libao,    200",
            "city-admin,      people,        qutang,   200",
            "officer-libao,   people,        libao,    200",
            "officer-libao,   people,        qutang,   404",
            "cadre-libao,     people,        libao,    404",
            "analyst,         people,        libao,    403",
            "anonymous,       people,        libao,    401",

            "city-admin,      organisations, libao,    200",
            "city-admin,      organisations, qutang,   200",
            "officer-libao,   organisations, libao,    200",
            "officer-libao,   organisations, qutang,   404",
            "cadre-libao,     organisations, libao,    403",
            "analyst,         organisations, libao,    403",
            "anonymous,       organisations, libao,    401",

            "city-admin,      bases,         libao,    200",
            "city-admin,      bases,         qutang,   200",
            "officer-libao,   bases,         libao,    200",
            "officer-libao,   bases,         qutang,   404",
            "cadre-libao,     bases,         libao,    403",
            "analyst,         bases,         libao,    403",
            "anonymous,       bases,         libao,    401",

            "city-admin,      cadres,        libao,    200",
            "city-admin,      cadres,        qutang,   200",
            "officer-libao,   cadres,        libao,    200",
            "officer-libao,   cadres,        qutang,   404",
            "cadre-libao,     cadres,        libao,    403",
            "analyst,         cadres,        libao,    403",
            "anonymous,       cadres,        libao,    401",

            "city-admin,      conferences,   city,     200",
            "officer-libao,   conferences,   city,     200",
            "cadre-libao,     conferences,   city,     403",
            "analyst,         conferences,   city,     403",
            "anonymous,       conferences,   city,     401",

            "city-admin,      associations,  city,     200",
            "officer-libao,   associations,  city,     200",
            "cadre-libao,     associations,  city,     403",
            "analyst,         associations,  city,     403",
            "anonymous,       associations,  city,     401"})
    void everyHistoryAnswersWhoeverMaySeeTheRecord(String user, String kind, String township, int status) {
        Reply reply = caller(user).get("/api/liaison/" + kind + "/" + RECORDS.get(kind).get(township) + "/history");

        expect(reply, status);
        if (status == 200) {
            assertThat(reply.list()).as(reply.request()).isNotEmpty();
        }
    }

    /** An id names one record of one kind: asked for as another kind, it is no such record, to the city too. */
    @ParameterizedTest(name = "/{0}/<id of {1}>{2} -> 404")
    @CsvSource({
            "people,        organisations, /history", "people,        cadres,        ''",
            "organisations, people,        /history", "organisations, bases,         ''",
            "bases,         organisations, /history", "bases,         people,        ''",
            "cadres,        people,        /history", "cadres,        organisations, ''",
            "conferences,   associations,  /history", "conferences,   people,        ''",
            "associations,  conferences,   /history", "associations,  people,        ''",
            "people,        bases,         /export"})
    void anIdOfAnotherKindIsNoSuchRecord(String kind, String idOf, String view) {
        String id = RECORDS.get(idOf).values().iterator().next();

        expect(api.as("city-admin").get("/api/liaison/" + kind + "/" + id + view), 404);
    }

    private static Caller caller(String user) {
        return "anonymous".equals(user) ? api.anonymous() : api.as(user);
    }

    private static void expect(Reply reply, int status) {
        if (status >= 400) {
            reply.expectProblem(status);
        } else {
            reply.expect(status);
        }
    }
}
