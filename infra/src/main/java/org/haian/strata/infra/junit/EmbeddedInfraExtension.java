package org.haian.strata.infra.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.haian.strata.infra.EmbeddedInfrastructure;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Kafka broker, one MongoDB-wire server and the local token issuer per test JVM, on free ports, with data in a
 * temporary folder.
 *
 * <p>It publishes where they are under the names production uses ({@code KAFKA_BOOTSTRAP_SERVERS},
 * {@code MONGODB_URI}, {@code HAIAN_DATA_DIR}, {@code HAIAN_JWT_ISSUER_URI}) as system properties, which Spring resolves before environment
 * variables, so a {@code @SpringBootTest} needs nothing else. A test may take the {@link EmbeddedInfrastructure} as
 * a parameter to stop and start the broker or to get a seeded user's token.
 */
public final class EmbeddedInfraExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EmbeddedInfraExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        infrastructure(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmbeddedInfrastructure.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return infrastructure(context);
    }

    private static EmbeddedInfrastructure infrastructure(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class)
                .infrastructure();
    }

    private record Running(EmbeddedInfrastructure infrastructure) implements ExtensionContext.Store.CloseableResource {

        static Running start() {
            try {
                Path dataDir = Files.createTempDirectory("haian-test-");
                EmbeddedInfrastructure infrastructure = new EmbeddedInfrastructure(dataDir,
                        new EmbeddedInfrastructure.Ports(freePort(), freePort(), freePort(), freePort())).start();
                System.setProperty("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafka().bootstrapServers());
                System.setProperty("MONGODB_URI", infrastructure.mongo().connectionString());
                System.setProperty("HAIAN_DATA_DIR", dataDir.toString());
                System.setProperty("HAIAN_JWT_ISSUER_URI", infrastructure.issuer().issuer());
                return new Running(infrastructure);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            infrastructure.close();
        }
    }

    /** A port that was free a moment ago; good enough for tests that start right after. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
