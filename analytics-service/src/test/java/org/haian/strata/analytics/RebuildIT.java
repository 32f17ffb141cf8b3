package org.haian.strata.analytics;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.haian.strata.analytics.engine.EventCounting;
import org.haian.strata.analytics.engine.Figure;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.analytics.engine.Tally;
import org.haian.strata.analytics.history.GeneratedHistory;
import org.haian.strata.analytics.history.HistoryProducer;
import org.haian.strata.analytics.history.Processed;
import org.haian.strata.platform.township.Townships;
import org.haian.strata.testsupport.Reply;
import org.haian.strata.testsupport.ServiceClient;
import org.haian.strata.testsupport.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild through the API, on the real embedded broker and MongoDB-wire server, after a generated history of a few
 * thousand events of every kind: while it counts, the old collections answer as before; afterwards the new ones
 * answer the same, figure for figure, as of any day, as known at any day, and per month.
 */
@ServiceIT
@Import(RebuildIT.HoldingTheRebuild.class)
class RebuildIT {

    private static final String REBUILDS = "/api/analytics/rebuilds";

    @Autowired
    ServiceClient service;
    @Autowired
    KafkaMessageConverter<String, byte[]> converter;
    @Autowired
    ApplicationContext context;
    @Autowired
    Townships townships;
    @Autowired
    MongoDatabase readModels;
    @Autowired
    HeldSource held;

    @Test
    void aRebuildAnswersLikeTheLiveReadSideAndTheOldCollectionsAnswerWhileItRuns() throws Exception {
        Map<TopicPartition, Long> last = HistoryProducer.publish(new GeneratedHistory(7, 2_000,
                LocalDate.of(2021, 1, 1), 1_500, List.copyOf(townships.codes())), converter,
                System.getProperty("KAFKA_BOOTSTRAP_SERVERS"));
        await().atMost(Duration.ofSeconds(120)).until(() -> Processed.upTo(last, List.of(context)));
        Map<String, JsonNode> live = answers();
        assertThat(live.get("/api/analytics/city").at("/figures/people").asLong()).isPositive();

        held.hold();
        Reply started = service.as("city-admin").post(REBUILDS).expect(202);
        String rebuild = started.location();
        assertThat(held.reached.await(60, TimeUnit.SECONDS)).as("the rebuild counts").isTrue();

        JsonNode running = service.as("city-admin").get(rebuild).expect(200).json();
        assertThat(running.path("state").asText()).isEqualTo("COUNTING");
        assertThat(running.path("partitions")).isNotEmpty();
        assertThat(differences(live, answers())).as("the old collections answer while the rebuild runs").isEmpty();
        service.as("city-admin").post(REBUILDS).expectProblem(409, "rebuild");

        held.release();
        await().atMost(Duration.ofSeconds(120)).until(() ->
                service.as("city-admin").get(rebuild).json().path("state").asText().equals("DONE"));
        JsonNode done = service.as("city-admin").get(rebuild).json();
        assertThat(done.path("eventsDone").asLong()).isGreaterThanOrEqualTo(2_000);
        assertThat(done.path("eventsLeft").asLong()).isZero();
        assertThat(readModels.listCollectionNames().into(new ArrayList<>()))
                .contains("liaison-registry_g2_cells", "liaison-people_g2_keys")
                .doesNotContain("liaison-registry_g1_cells", "liaison-people_g1_keys");

        assertThat(differences(live, answers())).as("the rebuilt collections answer like the live ones did")
                .isEmpty();
    }

    @Test
    void onlyTheCityStartsRebuilds() {
        service.as("analyst").post(REBUILDS).expectProblem(403);
        service.as("officer-libao").post(REBUILDS).expectProblem(403);
        service.as("analyst").get(REBUILDS + "/anything").expectProblem(403);
        service.as("city-admin").get(REBUILDS + "/no-such-rebuild").expectProblem(404);
    }

    /** Where two sets of answers differ, as "path: before, after", down to single values. */
    private static List<String> differences(Map<String, JsonNode> before, Map<String, JsonNode> after) {
        List<String> differences = new ArrayList<>();
        before.forEach((request, answer) -> differences(request, answer, after.get(request), differences));
        return differences;
    }

    private static void differences(String path, JsonNode before, JsonNode after, List<String> differences) {
        if (before.equals(after)) {
            return;
        }
        if (before.isContainerNode() && after != null && after.getNodeType() == before.getNodeType()
                && before.size() == after.size()) {
            if (before.isObject()) {
                before.fieldNames().forEachRemaining(field ->
                        differences(path + "/" + field, before.get(field), after.path(field), differences));
            } else {
                for (int i = 0; i < before.size(); i++) {
                    differences(path + "/" + i, before.get(i), after.get(i), differences);
                }
            }
        } else {
            differences.add(path + ": " + before + ", " + after);
        }
    }

    /** The city as of several days, as known at several days, and per month, as the API answers. */
    private Map<String, JsonNode> answers() {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String at : List.of("", "?asOf=2021-06-30", "?asOf=2022-12-31", "?asOf=2024-03-31&knownAt=2023-12-31",
                "?knownAt=2022-01-01")) {
            answers.put("/api/analytics/city" + at, service.as("analyst").get("/api/analytics/city" + at)
                    .expect(200).json());
        }
        for (String series : List.of("/api/analytics/series?from=2021-01-01&to=2025-12-31",
                "/api/analytics/series?from=2021-01-01&to=2025-12-31&township=libao&category=NEW_MEDIA",
                "/api/analytics/series?from=2022-01-01&to=2024-12-31&category=INTERMEDIARY&knownAt=2023-06-30")) {
            answers.put(series, service.as("analyst").get(series).expect(200).json());
        }
        return answers;
    }

    /** A figure source that counts nothing and, when told to, holds the rebuild at its first event. */
    static final class HeldSource implements EventCounting {

        private volatile CountDownLatch holding = new CountDownLatch(0);
        private final CountDownLatch reached = new CountDownLatch(1);

        void hold() {
            holding = new CountDownLatch(1);
        }

        void release() {
            holding.countDown();
        }

        @Override
        public String name() {
            return "held";
        }

        @Override
        public int version() {
            return 1;
        }

        @Override
        public List<Figure> figures() {
            return List.of();
        }

        @Override
        public void count(RecordedEvent event, Tally tally) {
            if (holding.getCount() > 0 && Thread.currentThread().getName().equals("analytics-rebuild")) {
                reached.countDown();
                try {
                    holding.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class HoldingTheRebuild {

        @Bean
        HeldSource heldSource() {
            return new HeldSource();
        }
    }
}
