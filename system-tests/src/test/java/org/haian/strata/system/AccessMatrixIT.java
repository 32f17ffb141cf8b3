package org.haian.strata.system;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every role against every route family, for its own township (libao, where the officer and the cadre work) and
 * another (qutang), through the gateway. A refused write leaves liaison's event store as it was. Reads of another
 * township's record by id answer 404 (existence does not leak); a request that names another township answers 403.
 */
@ExtendWith(SuiteExtension.class)
class AccessMatrixIT {

    private static Suite suite;
    private static final Map<String, String> PEOPLE = new java.util.HashMap<>();

    @BeforeAll
    static void onePersonPerTownship(Suite running) {
        suite = running;
        Api city = suite.as("city-admin");
        for (String township : new String[] {"libao", "qutang"}) {
            String id = city.post("/api/liaison/people", """
                    {"name":"Matrix %s","category":"NEW_MEDIA","township":"%s"}""".formatted(township, township))
                    .body().get("personId").asText();
            PEOPLE.put(township, id);
            await().atMost(Duration.ofSeconds(60)).until(() -> city.get("/api/liaison/people/" + id).status() == 200);
        }
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

            "city-admin,      person-history,      own,      200",
            "city-admin,      person-history,      other,    200",
            "officer-libao,   person-history,      own,      200",
            "officer-libao,   person-history,      other,    404",
            "cadre-libao,     person-history,      own,      404",
            "cadre-libao,     person-history,      other,    404",
            "analyst,         person-history,      own,      403",
            "analyst,         person-history,      other,    403",
            "anonymous,       person-history,      own,      401",

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
            "anonymous,       category-figures,    own,      401"})
    void eachRoleGetsWhatItsTownshipRulesAllow(String user, String family, String scope, int status) {
        String township = "own".equals(scope) ? "libao" : "qutang";
        Api caller = "anonymous".equals(user) ? new Api(suite.gateway.url()) : suite.as(user);
        long storedBefore = suite.eventStoreHead(suite.liaison);

        Api.Response response = switch (family) {
            case "register-person" -> caller.post("/api/liaison/people",
                    "{\"name\":\"Matrix\",\"category\":\"FREELANCER\",\"township\":\"" + township + "\"}");
            case "read-person" -> caller.get("/api/liaison/people/" + PEOPLE.get(township));
            case "person-history" -> caller.get("/api/liaison/people/" + PEOPLE.get(township) + "/history");
            case "township-figures" -> caller.get("/api/analytics/townships/" + township);
            case "category-figures" -> caller.get("/api/analytics/categories/NEW_MEDIA");
            default -> throw new IllegalArgumentException(family);
        };

        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        if ("register-person".equals(family)) {
            assertThat(suite.eventStoreHead(suite.liaison)).isEqualTo(status == 201 ? storedBefore + 1 : storedBefore);
        }
        if ("category-figures".equals(family) && status == 200 && "officer-libao".equals(user)) {
            assertThat(response.body().get("byTownship").fieldNames()).toIterable().containsExactly("libao");
        }
    }
}
