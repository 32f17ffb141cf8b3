package org.haian.strata.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.haian.strata.infra.junit.EmbeddedInfraExtension.freePort;

/**
 * The whole suite on the embedded default, every part in its own JVM on free ports with one data folder: Kafka and
 * the MongoDB-wire server as two infra processes (so either can be stopped or killed alone), the four services and
 * the gateway.
 */
final class Suite implements AutoCloseable {

    final Path dataDir;
    final SuiteProcess kafka;
    final SuiteProcess mongo;
    final SuiteProcess liaison;
    final SuiteProcess outreach;
    final SuiteProcess contribution;
    final SuiteProcess analytics;
    final SuiteProcess gateway;

    Suite() {
        try {
            dataDir = Files.createTempDirectory("haian-suite-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int kafkaPort = freePort();
        int mongoPort = freePort();
        kafka = SuiteProcess.infra("kafka", kafkaPort, List.of("--data-dir=" + dataDir, "--mongo-port=0",
                "--kafka-port=" + kafkaPort, "--kafka-controller-port=" + freePort()));
        mongo = SuiteProcess.infra("mongo", mongoPort, List.of("--data-dir=" + dataDir, "--kafka-port=0",
                "--mongo-port=" + mongoPort));
        Map<String, String> services = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "localhost:" + kafkaPort,
                "MONGODB_URI", "mongodb://localhost:" + mongoPort,
                "HAIAN_DATA_DIR", dataDir.toString());
        liaison = SuiteProcess.service("liaison-service", freePort(), services);
        outreach = SuiteProcess.service("outreach-service", freePort(), services);
        contribution = SuiteProcess.service("contribution-service", freePort(), services);
        analytics = SuiteProcess.service("analytics-service", freePort(), services);
        Map<String, String> routes = new HashMap<>();
        routes.put("LIAISON_URL", liaison.url());
        routes.put("OUTREACH_URL", outreach.url());
        routes.put("CONTRIBUTION_URL", contribution.url());
        routes.put("ANALYTICS_URL", analytics.url());
        gateway = SuiteProcess.service("gateway", freePort(), routes);
    }

    /** Starts everything at once, as the run script does, and waits until each part is ready. */
    Suite start() {
        all().forEach(SuiteProcess::start);
        all().forEach(SuiteProcess::awaitReady);
        return this;
    }

    List<SuiteProcess> services() {
        return List.of(liaison, outreach, contribution, analytics);
    }

    private List<SuiteProcess> all() {
        return Stream.concat(Stream.of(kafka, mongo), Stream.concat(services().stream(), Stream.of(gateway))).toList();
    }

    @Override
    public void close() {
        Stream.concat(Stream.of(gateway), services().stream()).forEach(SuiteProcess::stop);
        kafka.stop();
        mongo.stop();
    }
}
