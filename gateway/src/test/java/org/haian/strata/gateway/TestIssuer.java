package org.haian.strata.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

import org.haian.strata.infra.identity.LocalTokenIssuer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.haian.strata.infra.EmbeddedInfrastructure.freePort;

/**
 * A gateway test whose gateway trusts a local token issuer: one per test JVM, shared by every such test class and
 * stopped when the JVM ends.
 */
abstract class TestIssuer {

    static final LocalTokenIssuer ISSUER = start();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ISSUER::stop));
    }

    WebTestClient http;

    @Autowired
    void client(WebTestClient client) {
        // A fresh gateway's first answers take seconds on a busy two-core build machine: more than the default 5 s.
        http = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @DynamicPropertySource
    static void trustTheIssuer(DynamicPropertyRegistry registry) {
        registry.add("HAIAN_JWT_ISSUER_URI", ISSUER::issuer);
    }

    /** Another issuer, on a free port with a key of its own in a fresh folder. */
    static LocalTokenIssuer start() {
        try {
            return new LocalTokenIssuer(Files.createTempDirectory("gateway-it").resolve("key.json"), freePort()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
