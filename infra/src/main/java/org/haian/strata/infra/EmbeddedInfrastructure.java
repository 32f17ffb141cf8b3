package org.haian.strata.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.haian.strata.infra.identity.LocalTokenIssuer;
import org.haian.strata.infra.kafka.EmbeddedKafkaBroker;
import org.haian.strata.infra.mongo.EmbeddedMongoServer;

/**
 * The embedded default: one Kafka broker, one MongoDB-wire server and the local token issuer, each with its data
 * under one folder ({@code kafka/}, {@code mongo/read-models.mv.db}, {@code identity/}). The services keep their H2
 * event stores beside them.
 */
public final class EmbeddedInfrastructure implements AutoCloseable {

    private final EmbeddedKafkaBroker kafka;
    private final EmbeddedMongoServer mongo;
    private final LocalTokenIssuer issuer;

    public EmbeddedInfrastructure(Path dataDir, Ports ports) {
        this.kafka = ports.kafka() > 0
                ? new EmbeddedKafkaBroker(dataDir.resolve("kafka"), ports.kafka(), ports.kafkaController())
                : null;
        this.mongo = ports.mongo() > 0
                ? new EmbeddedMongoServer(dataDir.resolve("mongo").resolve("read-models.mv.db"), ports.mongo())
                : null;
        this.issuer = ports.issuer() > 0
                ? new LocalTokenIssuer(dataDir.resolve("identity").resolve("signing-key.json"), ports.issuer())
                : null;
    }

    public EmbeddedInfrastructure start() {
        if (issuer != null) {
            issuer.start();
        }
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

    public LocalTokenIssuer issuer() {
        if (issuer == null) {
            throw new IllegalStateException("This infrastructure runs no token issuer");
        }
        return issuer;
    }

    @Override
    public void close() {
        if (issuer != null) {
            issuer.stop();
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (mongo != null) {
            mongo.stop();
        }
    }

    /** A port that was free a moment ago; good enough for tests and scripts that start right after. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port of 0 leaves that component out. */
    public record Ports(int kafka, int kafkaController, int mongo, int issuer) {

        /** Every component, each on a port that was free a moment ago. */
        public static Ports free() {
            return new Ports(freePort(), freePort(), freePort(), freePort());
        }
    }
}
