package org.haian.strata.system;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.haian.strata.contract.identity.TokenClaims;
import org.haian.strata.infra.identity.LocalTokenIssuer;
import org.haian.strata.testsupport.ApiClient;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.LocalTokens;
import org.haian.strata.testsupport.RawHttp;
import org.haian.strata.testsupport.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.haian.strata.infra.EmbeddedInfrastructure.freePort;

/**
 * The gateway cannot be walked around: the services listen on loopback only, and a caller that reaches one there
 * all the same meets the gateway's token rules and size limit again.
 */
@ExtendWith(SuiteExtension.class)
class ServicePortsIT {

    @Test
    void servicesListenOnLoopbackOnlyWhileTheGatewayListensEverywhere(Suite suite) throws IOException {
        // 127.0.0.2 is loopback too, but not the one address a service binds to; a wildcard binding would take it.
        for (SuiteProcess service : suite.services()) {
            assertThatThrownBy(() -> connect("127.0.0.2", service.port()))
                    .as(service.name()).isInstanceOf(ConnectException.class);
        }
        connect("127.0.0.2", suite.gateway.port());
    }

    @Test
    void aTokenSignedByTheTrustedIssuerButWithoutAudienceOrExpiryIsRefusedAtAServicePort(Suite suite) {
        // The suite's own signing key, in a second issuer that signs what a forger would send.
        try (LocalTokenIssuer forger = new LocalTokenIssuer(
                suite.dataDir.resolve("identity").resolve("signing-key.json"), freePort()).start()) {
            String noAudience = forger.tokenFor("city-admin", claims -> claims.issuer(suite.issuer())
                    .audience((String) null));
            String noExpiry = forger.tokenFor("city-admin", claims -> claims.issuer(suite.issuer())
                    .expirationTime(null));
            String genuine = forger.tokenFor("city-admin", claims -> claims.issuer(suite.issuer()));
            for (SuiteProcess service : suite.services()) {
                Caller signed = new ApiClient(service.url(), suite.issuer()).withToken(genuine);
                assertThat(signed.get("/api/nothing").status()).as(service.name())
                        .isNotEqualTo(401);
                refused(service, noAudience, TokenClaims.OTHER_AUDIENCE);
                refused(service, noExpiry, TokenClaims.NO_EXPIRY);
            }
        }
    }

    private static void refused(SuiteProcess service, String token, String reason) {
        Reply response = new ApiClient(service.url(), service.name()).withToken(token).get("/api/liaison/people");
        assertThat(response.status()).as(service.name()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asText()).isEqualTo("A valid bearer token is required: " + reason);
    }

    @Test
    void aFiveMegabyteBodyOnAServicePortIsRefusedBeforeItIsReadAndStoresNothing(Suite suite) {
        long storedBefore = suite.eventStoreHead(suite.liaison);

        RawHttp.sendWithBody(suite.liaison.port(), "POST /api/liaison/people HTTP/1.1",
                "{\"name\":\"" + "x".repeat(64 * 1024), "Content-Type: application/json",
                "Content-Length: " + 5 * 1024 * 1024, "Authorization: Bearer " + LocalTokens.of(suite.issuer(),
                        "city-admin")).expectProblem(413);

        assertThat(suite.eventStoreHead(suite.liaison)).isEqualTo(storedBefore);
    }

    private static void connect(String address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
        }
    }
}
