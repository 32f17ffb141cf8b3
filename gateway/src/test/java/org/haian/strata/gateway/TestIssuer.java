package org.haian.strata.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.haian.strata.infra.identity.LocalTokenIssuer;

import static org.haian.strata.infra.EmbeddedInfrastructure.freePort;

/** A local token issuer of a test class's own, on a free port with its key in a fresh folder. */
final class TestIssuer {

    private TestIssuer() {
    }

    static LocalTokenIssuer start() {
        try {
            return new LocalTokenIssuer(Files.createTempDirectory("gateway-it").resolve("key.json"), freePort()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
