package org.haian.strata.system;

import java.time.Duration;
import java.util.Map;

import org.haian.strata.testsupport.ApiClient;
import org.haian.strata.testsupport.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Yazhou runs a liaison-service of its own: its own event store and read models, the city's Kafka cluster. It
 * keeps Yazhou's records and refuses another township's, naming the deployment that keeps those; analytics merges
 * what both deployments publish into one city and each township's own figures.
 */
@ExtendWith(SuiteExtension.class)
class TownshipDeploymentsIT {

    private static Suite suite;
    private static SuiteProcess yazhou;
    private static ApiClient yazhouApi;

    @BeforeAll
    static void yazhouStartsItsOwnLiaisonService(Suite running) {
        suite = running;
        yazhou = suite.anotherDeployment("liaison-service-yazhou", "liaison-service", Map.of(
                "MONGODB_DATABASE", "haian_liaison_yazhou",
                "HAIAN_DEPLOYMENT_NAME", "yazhou",
                "HAIAN_DEPLOYMENT_SERVES_YAZHOU", "yazhou",
                "HAIAN_DEPLOYMENT_SERVES_CITY", "*")).start().awaitReady();
        yazhouApi = new ApiClient(yazhou.url(), suite.issuer());
    }

    @AfterAll
    static void stop() {
        yazhou.stop();
    }

    @Test
    void aTownshipsDeploymentKeepsItsRecordsAndAnalyticsCountsBothDeploymentsAsOneCity() {
        Caller analyst = suite.api().as("analyst");
        suite.awaitSettled();
        long cityPeople = analyst.get("/api/analytics/city").expect(200).json().at("/figures/people").asLong();
        long yazhouPeople = analyst.get("/api/analytics/townships/yazhou").json().at("/figures/people").asLong();

        String person = yazhouApi.as("city-admin").create("/api/liaison/people",
                "{\"name\":\"Yazhou Xu\",\"category\":\"FREELANCER\",\"township\":\"yazhou\"}", "personId");
        suite.api().as("city-admin").create("/api/liaison/people",
                "{\"name\":\"Baidian Wu\",\"category\":\"FREELANCER\",\"township\":\"baidian\"}", "personId");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(analyst.get("/api/analytics/townships/yazhou").json().at("/figures/people").asLong())
                    .isEqualTo(yazhouPeople + 1);
            assertThat(analyst.get("/api/analytics/city").json().at("/figures/people").asLong())
                    .isEqualTo(cityPeople + 2);
        });
        yazhouApi.as("city-admin").get("/api/liaison/people/" + person).expect(200);
        suite.api().as("city-admin").get("/api/liaison/people/" + person).expectProblem(404, "personId");
    }

    @Test
    void aTownshipsDeploymentRefusesAnotherTownshipNamingTheDeploymentThatServesIt() {
        long stored = suite.eventStoreHead(yazhou);

        yazhouApi.as("city-admin").post("/api/liaison/people",
                        "{\"name\":\"Qutang Zhao\",\"category\":\"FREELANCER\",\"township\":\"qutang\"}")
                .expectProblem(421, "township");
        yazhouApi.as("officer-libao").post("/api/liaison/organisations", """
                        {"name":"Libao Law","kind":"INTERMEDIARY_FIRM","category":"INTERMEDIARY","headcount":4,
                         "influence":20}""")
                .expectProblem(421, "township");
        assertThat(yazhouApi.as("city-admin").post("/api/liaison/people",
                "{\"name\":\"Qutang Zhao\",\"category\":\"FREELANCER\",\"township\":\"qutang\"}").json()
                .path("detail").asText()).isEqualTo("township: qutang is served by the deployment city; send it there");

        assertThat(suite.eventStoreHead(yazhou)).isEqualTo(stored);
    }
}
