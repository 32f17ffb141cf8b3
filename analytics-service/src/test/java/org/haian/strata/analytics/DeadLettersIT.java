package org.haian.strata.analytics;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.haian.strata.analytics.engine.Cell;
import org.haian.strata.analytics.engine.EventCounting;
import org.haian.strata.analytics.engine.Figure;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.analytics.engine.Tally;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.Topics;
import org.haian.strata.contract.liaison.LiaisonAssigned;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.testsupport.ServiceClient;
import org.haian.strata.testsupport.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A poison event on the real embedded broker and MongoDB-wire server: a figure source that fails on one registration
 * (a bug) puts it in its processor's dead-letter queue, with the later events of its partition behind it, while the
 * rest of the stream is counted and every other source counts it too. The API lists it, the health and the
 * dashboard's counts show it, and a retry after the fix counts it once; a skipped one is never counted.
 */
@ServiceIT
@Import(DeadLettersIT.WithABuggySource.class)
class DeadLettersIT {

    private static final String DEAD_LETTERS = "/api/analytics/dead-letters";
    /** Townships no other test of this module counts in, one per test. */
    private static final String TOWNSHIP = "duntou";
    private static final String SKIPPED_IN = "nanmo";
    private static final int POISONED_PARTITION = 0;
    private static final int OTHER_PARTITION = 1;

    @Autowired
    ServiceClient service;
    @Autowired
    KafkaMessageConverter<String, byte[]> converter;
    @Autowired
    BuggySource buggy;

    @Test
    void aPoisonEventIsDeadLetteredTheRestIsCountedAndARetryAfterTheFixCountsItOnce() throws Exception {
        awaitLive();
        String poisoned = UUID.randomUUID().toString();
        List<String> healthy = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        publish(OTHER_PARTITION, registration(healthy.get(0), "Healthy One"));
        publish(POISONED_PARTITION, registration(poisoned, "Poison Pill"), assignment(poisoned));
        publish(OTHER_PARTITION, registration(healthy.get(1), "Healthy Two"),
                registration(healthy.get(2), "Healthy Three"));

        await("the poison event dead-lettered with the later event of its partition behind it")
                .atMost(Duration.ofSeconds(60)).until(() -> waitingIn(BuggySource.NAME) == 2);
        await("the rest of the stream counted").atMost(Duration.ofSeconds(60))
                .until(() -> registrations() == 3 && people() == 4);

        JsonNode listed = service.as("city-admin").get(DEAD_LETTERS).expect(200).json();
        JsonNode group = group(listed, BuggySource.NAME);
        assertThat(group.path("letters").asLong()).isEqualTo(2);
        JsonNode sequence = group.path("sequences").get(0);
        assertThat(sequence.path("waitingBehind").asInt()).isEqualTo(1);
        assertThat(sequence.at("/failed/event").asText()).isEqualTo("PersonRegistered");
        assertThat(sequence.at("/failed/aggregateId").asText()).isEqualTo(poisoned);
        assertThat(sequence.at("/failed/causeMessage").asText()).contains("cannot count");
        assertThat(service.as("analyst").get(DEAD_LETTERS + "/counts").expect(200).json().path("letters").asLong())
                .as("the dashboard's count").isGreaterThanOrEqualTo(2);
        assertThat(service.anonymous().get("/actuator/health").json().path("status").asText())
                .isEqualTo("DEAD_LETTERS");
        service.as("analyst").get(DEAD_LETTERS).expectProblem(403);
        service.as("analyst").post(DEAD_LETTERS + "/" + BuggySource.NAME + "/retries").expectProblem(403);

        JsonNode stillBroken = service.as("city-admin").post(DEAD_LETTERS + "/" + BuggySource.NAME + "/retries")
                .expect(200).json();
        assertThat(stillBroken.path("remaining").asLong()).as("a retry before the fix leaves it queued").isEqualTo(2);
        assertThat(registrations()).isEqualTo(3);

        buggy.fixed = true;
        JsonNode retried = service.as("city-admin").post(DEAD_LETTERS + "/" + BuggySource.NAME + "/retries")
                .expect(200).json();
        assertThat(retried.path("letters").asLong()).isEqualTo(2);
        assertThat(retried.path("remaining").asLong()).isZero();
        assertThat(registrations()).as("the poison event counted once after the fix").isEqualTo(4);
        service.as("city-admin").post(DEAD_LETTERS + "/" + BuggySource.NAME + "/retries").expect(200);
        assertThat(registrations()).isEqualTo(4);
        assertThat(people()).isEqualTo(4);
        assertThat(waitingIn(BuggySource.NAME)).isZero();
    }

    @Test
    void aSkippedDeadLetterIsNeverCountedAndUnknownOnesAreNotFound() throws Exception {
        awaitLive();
        String unfixable = UUID.randomUUID().toString();
        publish(POISONED_PARTITION, registration(unfixable, "Unfixable Case", SKIPPED_IN));
        publish(OTHER_PARTITION, registration(UUID.randomUUID().toString(), "Healthy Four", SKIPPED_IN));
        await("the unfixable event dead-lettered, the other counted").atMost(Duration.ofSeconds(60))
                .until(() -> letterOf(unfixable) != null && registrations(SKIPPED_IN) == 1);

        service.as("analyst").delete(DEAD_LETTERS + "/" + BuggySource.NAME + "/letters/" + letterOf(unfixable))
                .expectProblem(403);
        service.as("city-admin").delete(DEAD_LETTERS + "/" + BuggySource.NAME + "/letters/" + letterOf(unfixable))
                .expect(204);
        assertThat(letterOf(unfixable)).isNull();
        service.as("city-admin").post(DEAD_LETTERS + "/" + BuggySource.NAME + "/retries").expect(200);
        assertThat(registrations(SKIPPED_IN)).as("a skipped event is never counted").isEqualTo(1);
        assertThat(people(SKIPPED_IN)).as("every other source counted it").isEqualTo(2);

        service.as("city-admin").post(DEAD_LETTERS + "/no-such-group/retries").expectProblem(404, "processingGroup");
        service.as("city-admin").delete(DEAD_LETTERS + "/" + BuggySource.NAME + "/letters/no-such-letter")
                .expectProblem(404, "letterId");
    }

    /** A new source is first counted over the past events; only then do its processors (and their queue) run. */
    private void awaitLive() {
        await("the buggy source live").atMost(Duration.ofSeconds(120)).until(() -> service.as("analyst")
                .get("/api/analytics/city").expect(200).json().path("catchingUp").isEmpty());
    }

    /** The id of the dead letter of the person's registration, or {@code null} if none waits. */
    private String letterOf(String personId) {
        JsonNode listed = service.as("city-admin").get(DEAD_LETTERS).expect(200).json();
        for (JsonNode group : listed.path("processingGroups")) {
            for (JsonNode sequence : group.path("sequences")) {
                if (sequence.at("/failed/aggregateId").asText().equals(personId)) {
                    return sequence.at("/failed/letterId").asText();
                }
            }
        }
        return null;
    }

    private long registrations() {
        return registrations(TOWNSHIP);
    }

    private long registrations(String township) {
        return service.as("analyst").get("/api/analytics/townships/" + township).expect(200).json()
                .at("/figures/" + BuggySource.REGISTERED.name()).asLong();
    }

    private long people() {
        return people(TOWNSHIP);
    }

    private long people(String township) {
        return service.as("analyst").get("/api/analytics/townships/" + township).expect(200).json()
                .at("/figures/people").asLong();
    }

    private long waitingIn(String processingGroup) {
        return service.as("city-admin").get(DEAD_LETTERS + "/counts").expect(200).json()
                .at("/processingGroups/" + processingGroup).asLong();
    }

    private static JsonNode group(JsonNode listed, String name) {
        for (JsonNode group : listed.path("processingGroups")) {
            if (group.path("processingGroup").asText().equals(name)) {
                return group;
            }
        }
        throw new AssertionError("No dead letters of " + name + " in " + listed);
    }

    private ProducerRecord<String, byte[]> registration(String personId, String organisation) {
        return registration(personId, organisation, TOWNSHIP);
    }

    /** @param organisation what the buggy source looks at: analytics holds no key to read a person's name */
    private ProducerRecord<String, byte[]> registration(String personId, String organisation, String township) {
        return record(personId, 0, new PersonRegistered(personId, "A Person", Category.FREELANCER, township,
                organisation, "Owner"));
    }

    private ProducerRecord<String, byte[]> assignment(String personId) {
        return record(personId, 1, new LiaisonAssigned(personId, TOWNSHIP, Category.FREELANCER, "li.ming",
                CadreLevel.DEPARTMENT, LocalDate.of(2024, 3, 1), 1));
    }

    private ProducerRecord<String, byte[]> record(String personId, long sequence, Object event) {
        return converter.createKafkaMessage(new GenericDomainEventMessage<>("Person", personId, sequence, event),
                Topics.LIAISON);
    }

    /**
     * Sends the records to one partition of liaison's topic: analytics' queue holds a partition's later events
     * behind a dead letter, so the healthy events go to another than the poison event's.
     */
    @SafeVarargs
    private static void publish(int partition, ProducerRecord<String, byte[]>... records) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("KAFKA_BOOTSTRAP_SERVERS")),
                new StringSerializer(), new ByteArraySerializer())) {
            assertThat(producer.partitionsFor(Topics.LIAISON)).hasSizeGreaterThan(OTHER_PARTITION);
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(new ProducerRecord<>(record.topic(), partition, record.key(), record.value(),
                        record.headers())).get();
            }
        }
    }

    /**
     * Counts registrations; until it is fixed it fails on a person working at "Poison ...", and always on one at
     * "Unfixable ...": a bug, not an outage.
     */
    static final class BuggySource implements EventCounting {

        static final String NAME = "buggy";
        static final Figure REGISTERED = new Figure("buggyRegistrations", Figure.Kind.FLOW, "登记（测试）",
                "Registrations (test)");
        volatile boolean fixed;

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public int version() {
            return 1;
        }

        @Override
        public List<Figure> figures() {
            return List.of(REGISTERED);
        }

        @Override
        public void count(RecordedEvent event, Tally tally) {
            if (event.payload() instanceof PersonRegistered registered) {
                String organisation = String.valueOf(registered.organisation());
                if ((!fixed && organisation.startsWith("Poison")) || organisation.startsWith("Unfixable")) {
                    throw new IllegalStateException("The buggy source cannot count a person at " + organisation);
                }
                tally.add(new Cell(registered.township(), registered.category()), REGISTERED,
                        event.recordedDay(), 1);
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class WithABuggySource {

        @Bean
        BuggySource buggySource() {
            return new BuggySource();
        }
    }
}
