package org.haian.strata.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.haian.strata.contract.Topics;
import org.haian.strata.testsupport.ApiClient;
import org.haian.strata.testsupport.Caller;
import org.springframework.util.FileSystemUtils;

import static org.awaitility.Awaitility.await;
import static org.haian.strata.infra.EmbeddedInfrastructure.freePort;

/**
 * The whole suite on the embedded default, every part in its own JVM on free ports with one data folder: Kafka, the
 * MongoDB-wire server and the token issuer as three infra processes (so each can be stopped or killed alone), the
 * five services and the gateway.
 */
final class Suite implements AutoCloseable {

    final Path dataDir;
    final SuiteProcess kafka;
    final SuiteProcess mongo;
    final SuiteProcess identity;
    final SuiteProcess liaison;
    final SuiteProcess outreach;
    final SuiteProcess contribution;
    final SuiteProcess analytics;
    final SuiteProcess reminders;
    final SuiteProcess gateway;
    /** What every service is started with: where Kafka, MongoDB, the data and the token issuer are. */
    private final Map<String, String> serviceSettings;

    Suite() {
        try {
            dataDir = Files.createTempDirectory("haian-suite-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int kafkaPort = freePort();
        int mongoPort = freePort();
        kafka = SuiteProcess.infra("kafka", kafkaPort, List.of("--data-dir=" + dataDir, "--mongo-port=0",
                "--issuer-port=0", "--kafka-port=" + kafkaPort, "--kafka-controller-port=" + freePort()));
        mongo = SuiteProcess.infra("mongo", mongoPort, List.of("--data-dir=" + dataDir, "--kafka-port=0",
                "--issuer-port=0", "--mongo-port=" + mongoPort));
        int issuerPort = freePort();
        identity = SuiteProcess.infra("identity", issuerPort, List.of("--data-dir=" + dataDir, "--kafka-port=0",
                "--mongo-port=0", "--issuer-port=" + issuerPort));
        serviceSettings = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "localhost:" + kafkaPort,
                "MONGODB_URI", "mongodb://localhost:" + mongoPort,
                "HAIAN_DATA_DIR", dataDir.toString(),
                "HAIAN_JWT_ISSUER_URI", issuer());
        liaison = SuiteProcess.service("liaison-service", freePort(), serviceSettings);
        outreach = SuiteProcess.service("outreach-service", freePort(), serviceSettings);
        contribution = SuiteProcess.service("contribution-service", freePort(), serviceSettings);
        analytics = SuiteProcess.service("analytics-service", freePort(), serviceSettings);
        reminders = SuiteProcess.service("reminders-service", freePort(), serviceSettings);
        Map<String, String> routes = new HashMap<>();
        routes.put("HAIAN_JWT_ISSUER_URI", issuer());
        routes.put("LIAISON_URL", liaison.url());
        routes.put("OUTREACH_URL", outreach.url());
        routes.put("CONTRIBUTION_URL", contribution.url());
        routes.put("ANALYTICS_URL", analytics.url());
        routes.put("REMINDERS_URL", reminders.url());
        // As the run script starts it: with the sign-in route (POST /auth/token) the dashboard signs in through.
        routes.put("SPRING_PROFILES_ACTIVE", "local");
        // One test user sends far faster than a person: HostileInputIT's 6,600 signed-in requests took 133 s at 50 a
        // second, the limit's whole wait. The per-user limit and its 429 are gateway's own tests' (GatewayIT); here it would
        // only pace the tests, so it is raised. The anonymous limit per address stays as deployed.
        routes.put("HAIAN_GATEWAY_RATE_LIMIT_REQUESTS", "250");
        gateway = SuiteProcess.service("gateway", freePort(), routes);
    }

    /** Starts everything at once, as the run script does, and waits until each part is ready. */
    Suite start() {
        all().forEach(SuiteProcess::start);
        all().forEach(SuiteProcess::awaitReady);
        return this;
    }

    String issuer() {
        return "http://localhost:" + identity.port();
    }

    /**
     * One more deployment of a service, on the suite's Kafka and MongoDB-wire server, with data of its own (its own
     * event store, and its own read models in {@code MONGODB_DATABASE} if the settings name one); not started.
     */
    SuiteProcess anotherDeployment(String name, String module, Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(serviceSettings);
        environment.put("HAIAN_DATA_DIR", dataDir.resolve(name).toString());
        environment.putAll(settings);
        return SuiteProcess.service(name, module, freePort(), environment);
    }

    /** The API through the gateway, as the suite's seeded users. */
    ApiClient api() {
        return new ApiClient(gateway.url(), issuer());
    }

    /** The position of the newest event in a service's own event store: unchanged means nothing was stored. */
    long eventStoreHead(SuiteProcess service) {
        return management(service).get("/actuator/eventprocessors").json().path("eventStoreHead").asLong(0);
    }

    /** A service's own port as the city administrator, the one role its management endpoints answer. */
    Caller management(SuiteProcess service) {
        return new ApiClient(service.url(), issuer()).as("city-admin");
    }

    /**
     * Waits until nothing is in flight: every processor that reads a service's own event store (its publisher and its
     * own projections, liaison's directory among them) stands at the store's head, and every
     * processor of analytics runs and has handled every record on every context topic, duplicates included (each of
     * its segments has read past them; one of them counted each). A count read after this is final, so "exactly
     * once" is checked, not merely "at least once".
     */
    void awaitSettled() {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
            boolean handled = Stream.of(liaison, outreach, contribution).allMatch(this::handledOwnStore);
            JsonNode figures = management(analytics).get("/actuator/eventprocessors").json().path("processors");
            Map<String, Long> ends = endOffsets();
            boolean counted = figures.size() > 0;
            for (JsonNode processor : figures) {
                counted &= processor.path("running").asBoolean() && processor.path("segments").size() > 0;
                for (JsonNode segment : processor.path("segments")) {
                    counted &= ends.entrySet().stream().filter(end -> end.getValue() > 0).allMatch(end ->
                            segment.path("kafkaOffsets").path(end.getKey()).asLong(-1) >= end.getValue() - 1);
                }
            }
            return handled && counted;
        });
    }

    /**
     * Every segment that reads the service's own event store (a position; a Kafka segment has offsets instead) runs
     * without error at the store's head. An empty store has nothing to handle.
     */
    private boolean handledOwnStore(SuiteProcess service) {
        JsonNode processors = management(service).get("/actuator/eventprocessors").json();
        if (processors.path("eventStoreHead").isNull() || processors.path("eventStoreHead").isMissingNode()) {
            return true;
        }
        long head = processors.get("eventStoreHead").asLong();
        boolean handled = processors.at("/processors/__axon-kafka-event-publishing-group/segments").size() > 0;
        for (JsonNode processor : processors.path("processors")) {
            for (JsonNode segment : processor.path("segments")) {
                if (segment.hasNonNull("position")) {
                    handled &= !segment.path("error").asBoolean(true) && segment.get("position").asLong() >= head;
                }
            }
        }
        return handled;
    }

    private Map<String, Long> endOffsets() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + kafka.port()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            Collection<TopicPartition> partitions = Topics.ALL.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream())
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            return consumer.endOffsets(partitions).entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue));
        }
    }

    List<SuiteProcess> services() {
        return List.of(liaison, outreach, contribution, analytics, reminders);
    }

    private List<SuiteProcess> all() {
        return Stream.concat(Stream.of(kafka, mongo, identity),
                Stream.concat(services().stream(), Stream.of(gateway))).toList();
    }

    @Override
    public void close() {
        Stream.concat(Stream.of(gateway), services().stream()).forEach(SuiteProcess::stop);
        kafka.stop();
        mongo.stop();
        identity.stop();
        // Event stores, read models and the broker's log of one run: half a gigabyte after the import test.
        try {
            FileSystemUtils.deleteRecursively(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the suite's data in " + dataDir, e);
        }
    }
}
