package org.haian.strata.infra;

import java.nio.file.Path;

import org.haian.strata.infra.kafka.EmbeddedKafkaBroker;
import org.haian.strata.infra.mongo.EmbeddedMongoServer;

/**
 * The embedded default: one Kafka broker and one MongoDB-wire server, each with its data under one folder
 * ({@code kafka/} and {@code mongo/read-models.mv.db}). The services keep their H2 event stores beside them.
 */
public final class EmbeddedInfrastructure implements AutoCloseable {

    private final EmbeddedKafkaBroker kafka;
    private final EmbeddedMongoServer mongo;

    public EmbeddedInfrastructure(Path dataDir, Ports ports) {
        this.kafka = ports.kafka() > 0
                ? new EmbeddedKafkaBroker(dataDir.resolve("kafka"), ports.kafka(), ports.kafkaController())
                : null;
        this.mongo = ports.mongo() > 0
                ? new EmbeddedMongoServer(dataDir.resolve("mongo").resolve("read-models.mv.db"), ports.mongo())
                : null;
    }

    public EmbeddedInfrastructure start() {
        if (mongo != null) {
            mongo.start();
        }
        if (kafka != null) {
            kafka.start();
        }
        return this;
    }

    public EmbeddedKafkaBroker kafka() {
        if (kafka == null) {
            throw new IllegalStateException("This infrastructure runs no Kafka broker");
        }
        return kafka;
    }

    public EmbeddedMongoServer mongo() {
        if (mongo == null) {
            throw new IllegalStateException("This infrastructure runs no MongoDB-wire server");
        }
        return mongo;
    }

    @Override
    public void close() {
        if (kafka != null) {
            kafka.stop();
        }
        if (mongo != null) {
            mongo.stop();
        }
    }

    /** A port of 0 leaves that component out. */
    public record Ports(int kafka, int kafkaController, int mongo) {
    }
}
