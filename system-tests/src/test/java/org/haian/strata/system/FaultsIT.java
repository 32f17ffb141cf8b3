package org.haian.strata.system;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.haian.strata.contract.EventMetadata;
import org.haian.strata.contract.Topics;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.Reply;
import org.haian.strata.testsupport.TopicRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults under load: registrations arrive through the gateway at a steady rate while the Kafka broker, the
 * MongoDB-wire server, or every service and the gateway at once are killed with SIGKILL and started again. After
 * each, every acknowledged registration is in liaison's event store exactly once and in its directory, analytics
 * counted every stored one exactly once, and, after the last of them, a rebuild of the read side from every published
 * event gives the same figures as the live one.
 */
@ExtendWith(SuiteExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    /** A township of its own, so the other system tests' people do not blur the count. */
    private static final String TOWNSHIP = "baidian";
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static Suite suite;
    private static Caller city;
    private static Caller analyst;

    @BeforeAll
    static void signIn(Suite running) {
        suite = running;
        city = suite.api().as("city-admin");
        analyst = suite.api().as("analyst");
    }

    @Test
    @Order(1)
    void theKafkaBrokerKilledUnderLoad() {
        underLoad(() -> {
            suite.kafka.kill();
            pause(Duration.ofSeconds(3));
            suite.kafka.start().awaitReady();
        });
    }

    @Test
    @Order(2)
    void theMongoServerKilledUnderLoad() {
        underLoad(() -> {
            suite.mongo.kill();
            pause(Duration.ofSeconds(2));
            suite.mongo.start().awaitReady();
        });
    }

    @Test
    @Order(3)
    void everyServiceAndTheGatewayKilledUnderLoad() {
        List<SuiteProcess> processes = List.of(suite.liaison, suite.outreach, suite.contribution, suite.analytics,
                suite.reminders, suite.gateway);
        underLoad(() -> {
            processes.forEach(SuiteProcess::kill);
            processes.forEach(SuiteProcess::start);
            processes.forEach(SuiteProcess::awaitReady);
        });
    }

    /**
     * The live figures, counted through all three faults, equal those rebuilt from every published event: a fault
     * that had made the live side count an event twice or drop one would show here. One rebuild replays the whole
     * suite's history, so it runs once, after the last fault, rather than after each.
     */
    @Test
    @Order(4)
    void theFiguresRebuiltAfterTheFaultsEqualTheLiveOnes() {
        suite.awaitSettled();
        JsonNode live = figures();
        String rebuild = city.post("/api/analytics/rebuilds").expect(202).location();
        await("the rebuild").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                .until(() -> city.get(rebuild).json().path("state").asText().equals("DONE"));
        suite.awaitSettled();
        assertThat(figures()).as("the figures rebuilt from every published event").isEqualTo(live);
    }

    /**
     * Registers people at about eight a second, sends the fault while they arrive, goes on for a few seconds after
     * the suite is back, then checks what was stored and counted against what was acknowledged.
     */
    private static void underLoad(Runnable fault) {
        Set<String> storedBefore = registeredOnTheTopic();
        long countedBefore = people();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger unanswered = new AtomicInteger();
        ScheduledExecutorService load = Executors.newScheduledThreadPool(4);
        load.scheduleAtFixedRate(() -> {
            try {
                Reply reply = city.post("/api/liaison/people", """
                        {"name":"Load %s","category":"FREELANCER","township":"%s","organisation":"Baidian Org","role":"Owner"}"""
                        .formatted(UUID.randomUUID(), TOWNSHIP));
                if (reply.status() == 201) {
                    acknowledged.add(reply.json().get("personId").asText());
                } else {
                    unanswered.incrementAndGet();
                }
            } catch (RuntimeException e) {
                unanswered.incrementAndGet();
            }
        }, 0, 125, TimeUnit.MILLISECONDS);
        try {
            pause(Duration.ofSeconds(3));
            fault.run();
            int before = acknowledged.size();
            await("registrations acknowledged again after the fault").atMost(PATIENCE)
                    .until(() -> acknowledged.size() >= before + 16);
        } finally {
            load.shutdown();
            awaitTermination(load);
        }

        suite.awaitSettled();
        Set<String> stored = registeredOnTheTopic();
        stored.removeAll(storedBefore);
        assertThat(acknowledged).as("registrations made under load").hasSizeGreaterThan(30);
        assertThat(stored).as("every acknowledged registration was published").containsAll(acknowledged);
        assertThat(stored.size()).as("only requests that got no acknowledgement may have been stored besides")
                .isLessThanOrEqualTo(acknowledged.size() + unanswered.get());
        for (String context : List.of("liaison", "analytics")) {
            assertThat(city.get("/api/" + context + "/dead-letters/counts").expect(200).json().path("letters").asLong())
                    .as("%s's events put aside as poison during the fault: an outage is retried, never dead-lettered",
                            context).isZero();
        }
        for (String personId : acknowledged) {
            assertThat(withinTheLimit("/api/liaison/people/" + personId).status())
                    .as("liaison's directory has %s", personId).isEqualTo(200);
            JsonNode history = withinTheLimit("/api/liaison/people/" + personId + "/history").expect(200).json();
            assertThat(history.findValuesAsText("event").stream().filter(PersonRegistered.class.getSimpleName()::equals))
                    .as("registrations of %s in the event store", personId).hasSize(1);
        }
        assertThat(people()).as("analytics counted every stored registration once").isEqualTo(countedBefore + stored.size());
    }

    /**
     * A read by the city admin that waits out the gateway's per-user limit (429): the checks read two things per
     * acknowledged person, hundreds of calls in a row, faster than one user may call.
     */
    private static Reply withinTheLimit(String path) {
        return await("GET " + path + " within the per-user limit").atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                .until(() -> city.get(path), reply -> reply.status() != 429);
    }

    /** The people whose registration in the township is on liaison's topic (a record published twice counts once). */
    private static Set<String> registeredOnTheTopic() {
        return TopicRecords.all("localhost:" + suite.kafka.port(), Topics.LIAISON).stream()
                .filter(record -> PersonRegistered.class.getName().equals(TopicRecords.header(record, "axon-message-type")))
                .filter(record -> TOWNSHIP.equals(TopicRecords.header(record, EventMetadata.TOWNSHIP_HEADER)))
                .map(ConsumerRecord::key)
                .collect(Collectors.toCollection(ConcurrentHashMap::newKeySet));
    }

    private static long people() {
        return analyst.get("/api/analytics/townships/" + TOWNSHIP).expect(200).json().at("/figures/people").asLong();
    }

    /** The township's figures in all and per category, and the city's, as the analyst reads them. */
    private static JsonNode figures() {
        JsonNode township = analyst.get("/api/analytics/townships/" + TOWNSHIP).expect(200).json();
        ObjectNode figures = JsonNodeFactory.instance.objectNode();
        figures.set("township", township.path("figures"));
        figures.set("byCategory", township.path("byCategory"));
        figures.set("city", analyst.get("/api/analytics/city").expect(200).json().path("figures"));
        return figures;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTermination(ScheduledExecutorService load) {
        try {
            assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).as("the load stopped").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
