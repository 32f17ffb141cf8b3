package org.haian.strata.system;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The suite as separate processes from the built jars: a person registered at the gateway travels through
 * liaison's event store and Kafka to analytics and back out through the gateway, exactly once, and services asked to
 * stop finish their work (FaultsIT kills them under load). Each test counts in a township of its own, so the tests do
 * not see each other's people.
 */
@ExtendWith(SuiteExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteIT {

    private static final Duration PATIENCE = Duration.ofSeconds(150);
    private static Suite suite;
    private static Caller gateway;
    private static Caller analyst;

    @BeforeAll
    static void signIn(Suite running) {
        suite = running;
        gateway = suite.api().as("city-admin");
        analyst = suite.api().as("analyst");
    }

    @Test
    @Order(1)
    void aPersonRegisteredAtTheGatewayIsCountedPerTownshipAndPerCategory() {
        long township = people("libao");
        long category = analyst.get("/api/analytics/categories/INTERMEDIARY").json().at("/figures/people").asLong();

        String personId = register("libao", "INTERMEDIARY");

        awaitPeople("libao", township + 1);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(analyst.get("/api/analytics/categories/INTERMEDIARY")
                .json().at("/figures/people").asLong()).isEqualTo(category + 1));
        await().atMost(PATIENCE).untilAsserted(() -> {
            Reply person = gateway.get("/api/liaison/people/" + personId);
            assertThat(person.status()).isEqualTo(200);
            assertThat(person.json().get("township").asText()).isEqualTo("libao");
        });
        suite.awaitSettled();
        assertThat(people("libao")).isEqualTo(township + 1);
    }

    @Test
    @Order(2)
    void badInputAtTheGatewayIsAProblemThatNamesTheField() {
        Reply response = gateway.post("/api/liaison/people",
                "{\"name\":\"Lu Kehu\",\"category\":\"ASTRONAUT\",\"township\":\"libao\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("category");
    }

    @Test
    @Order(3)
    void everyServiceHasAxonsUpdateCheckerSwitchedOff() {
        for (SuiteProcess service : suite.services()) {
            assertThat(service.logs()).as(service.name())
                    .contains("You have opted out of the AxonIQ UpdateChecker")
                    .doesNotContain("will be checked for updates");
        }
    }

    @Test
    @Order(7)
    void servicesAskedToStopFinishTheirWorkWithoutAnError() {
        long before = people("yazhou");
        register("yazhou", "NEW_MEDIA");
        awaitPeople("yazhou", before + 1);

        for (SuiteProcess service : List.of(suite.liaison, suite.analytics)) {
            service.stop();
            assertThat(service.lastLog()).as(service.name() + " stopped with SIGTERM")
                    .doesNotContain(" ERROR ");
            service.start().awaitReady();
        }

        register("yazhou", "NEW_MEDIA");
        awaitPeople("yazhou", before + 2);
    }

    private static String register(String township, String category) {
        Reply response = gateway.post("/api/liaison/people", """
                {"name":"Person %s","category":"%s","township":"%s","organisation":"Hai'an Org","role":"Manager"}"""
                .formatted(UUID.randomUUID(), category, township));
        assertThat(response.status()).as(response.json().toString()).isEqualTo(201);
        return response.json().get("personId").asText();
    }

    private static long people(String township) {
        Reply response = analyst.get("/api/analytics/townships/" + township);
        assertThat(response.status()).as(response.json().toString()).isEqualTo(200);
        return response.json().at("/figures/people").asLong();
    }

    private static void awaitPeople(String township, long expected) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .untilAsserted(() -> assertThat(people(township)).isEqualTo(expected));
    }
}
