package org.haian.strata.system;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.haian.strata.testsupport.ApiClient;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Prometheus scrapes and what an operator's health check reads, on every part of the running suite: each
 * service's own port answers {@code /actuator/prometheus} without a token (it is not behind the gateway's routes),
 * with its commands per type, its processors, its dead letters and the JVM, tagged with its name; the gateway's,
 * for the city administrator, with each route's latency; and a service's health names the event store, MongoDB,
 * Kafka and the dead letters.
 */
@ExtendWith(SuiteExtension.class)
class MetricsIT {

    private static Suite suite;

    @BeforeAll
    static void somethingToMeasure(Suite running) {
        suite = running;
        suite.api().as("city-admin").post("/api/liaison/people", """
                {"name":"Metrics Person","category":"NEW_MEDIA","township":"jiaoxie","organisation":"Jiaoxie Metrics",
                 "role":"Editor"}""").expect(201);
        suite.awaitSettled();
    }

    @Test
    void everyServiceExposesItsMetricsToPrometheus() {
        for (SuiteProcess service : suite.services()) {
            String metrics = scrape(new ApiClient(service.url(), suite.issuer()).anonymous());
            assertThat(metrics).as("%s's metrics", service.name())
                    .contains("application=\"" + service.name() + "\"")
                    .contains("jvm_memory_used_bytes")
                    .contains("haian_dead_letters{")
                    .containsPattern("(?m)^eventProcessor_\\w+\\{");
        }
        String liaison = scrape(new ApiClient(suite.liaison.url(), suite.issuer()).anonymous());
        assertThat(liaison).as("liaison's commands per type")
                .containsPattern("(?m)^commandBus_\\w+\\{.*payloadType=\"RegisterPerson\"")
                .containsPattern("(?m)^eventProcessor_\\w+\\{.*=\"person-directory\"");
    }

    @Test
    void theGatewayMeasuresEachRouteForTheCityAdministrator() {
        String gateway = scrape(suite.management(suite.gateway));
        assertThat(gateway).contains("application=\"gateway\"")
                .containsPattern("(?m)^spring_cloud_gateway_requests_seconds\\w*\\{.*routeId=\"liaison\"");
        assertThat(suite.api().anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(suite.api().as("analyst").get("/actuator/prometheus").status()).isEqualTo(403);
    }

    @Test
    void aServicesHealthCoversItsStoresKafkaAndTheDeadLetters() {
        for (SuiteProcess service : List.of(suite.liaison, suite.analytics)) {
            JsonNode health = suite.management(service).get("/actuator/health").expect(200).json();
            for (String component : List.of("db", "mongo", "kafka", "deadLetters")) {
                assertThat(health.at("/components/" + component + "/status").asText())
                        .as("%s's %s in %s", service.name(), component, health).isEqualTo("UP");
            }
            assertThat(health.at("/components/kafka/details/brokers").asInt()).isEqualTo(1);
        }
    }

    private static String scrape(Caller caller) {
        Reply reply = caller.get("/actuator/prometheus").expect(200);
        assertThat(reply.contentType()).startsWith("text/plain");
        return reply.body();
    }
}
