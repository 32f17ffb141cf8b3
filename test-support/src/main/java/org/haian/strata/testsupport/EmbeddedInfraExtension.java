package org.haian.strata.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import org.haian.strata.infra.EmbeddedInfrastructure;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.util.FileSystemUtils;

/**
 * One Kafka broker, one MongoDB-wire server and the local token issuer per test JVM, on free ports, with data in a
 * temporary folder.
 *
 * <p>It publishes where they are under the names production uses ({@code KAFKA_BOOTSTRAP_SERVERS},
 * {@code MONGODB_URI}, {@code HAIAN_DATA_DIR}, {@code HAIAN_JWT_ISSUER_URI}) as system properties, which Spring resolves before environment
 * variables, so a {@code @SpringBootTest} needs nothing else. A test may take the {@link EmbeddedInfrastructure} as
 * a parameter to stop and start the broker, and a {@link MongoClient} or a fresh {@link MongoDatabase} for the
 * read models of a projection under test.
 */
public final class EmbeddedInfraExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EmbeddedInfraExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        infrastructure(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == EmbeddedInfrastructure.class || type == MongoClient.class || type == MongoDatabase.class;
    }

    /**
     * The infrastructure; a client of its MongoDB-wire server (one per JVM, closed at the end); or a database of
     * its own for one test, so that projection tests do not see each other's documents.
     */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == EmbeddedInfrastructure.class) {
            return infrastructure(context);
        }
        MongoClient client = mongoClient(context);
        return type == MongoClient.class ? client : client.getDatabase("test-" + UUID.randomUUID());
    }

    private static MongoClient mongoClient(ExtensionContext context) {
        EmbeddedInfrastructure infrastructure = infrastructure(context);
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Client.class,
                        key -> new Client(MongoClients.create(infrastructure.mongo().connectionString())), Client.class)
                .client();
    }

    private record Client(MongoClient client) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            client.close();
        }
    }

    private static EmbeddedInfrastructure infrastructure(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class)
                .infrastructure();
    }

    private record Running(EmbeddedInfrastructure infrastructure, Path dataDir)
            implements ExtensionContext.Store.CloseableResource {

        static Running start() {
            try {
                Path dataDir = Files.createTempDirectory("haian-test-");
                EmbeddedInfrastructure infrastructure = new EmbeddedInfrastructure(dataDir,
                        EmbeddedInfrastructure.Ports.free()).start();
                System.setProperty("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafka().bootstrapServers());
                System.setProperty("MONGODB_URI", infrastructure.mongo().connectionString());
                System.setProperty("HAIAN_DATA_DIR", dataDir.toString());
                System.setProperty("HAIAN_JWT_ISSUER_URI", infrastructure.issuer().issuer());
                return new Running(infrastructure, dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            infrastructure.close();
            // The broker's log and the read models of one test JVM; every module's run would leave its own in /tmp.
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }
}
