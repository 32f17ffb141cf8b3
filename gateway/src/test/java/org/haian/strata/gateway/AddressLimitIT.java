package org.haian.strata.gateway;

import org.haian.strata.infra.identity.LocalUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.haian.strata.infra.EmbeddedInfrastructure.freePort;

/**
 * What one client address may do without signing in: a few sign-in attempts, right or wrong, and a limited number
 * of requests without a valid token. A signed-in user from the same address is not held back by it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "haian.gateway.sign-in-limit.attempts-per-address=4",
        "haian.gateway.sign-in-limit.period=1h",
        "haian.gateway.anonymous-limit.requests=8",
        "haian.gateway.anonymous-limit.period=1h"})
@ActiveProfiles("local")
class AddressLimitIT extends TestIssuer {



    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        registry.add("LIAISON_URL", () -> "http://localhost:" + freePort());
    }

    @Test
    void oneAddressGetsAFewSignInsAndAFewAnonymousRequestsButNeverHoldsBackASignedInUser() {
        String[] users = {"city-admin", "analyst", "cadre-libao", "cadre-qutang"};
        for (String user : users) {
            http.post().uri("/auth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .bodyValue("username=" + user + "&password=" + LocalUser.PASSWORD).exchange()
                    .expectStatus().isOk();
        }
        http.post().uri("/auth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("username=officer-libao&password=" + LocalUser.PASSWORD).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions
                        .assertThat((String) detail).contains("sign-in attempts from this address"));

        // Five sign-ins used five of the address's eight anonymous requests; a refused token counts as one too.
        http.get().uri("/nothing-here").exchange().expectStatus().isNotFound();
        http.get().uri("/api/liaison/people/anyone").exchange().expectStatus().isUnauthorized();
        http.get().uri("/api/liaison/people/anyone").headers(h -> h.setBearerAuth("forged")).exchange()
                .expectStatus().isUnauthorized();
        http.get().uri("/nothing-here").exchange().expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/liaison/people/anyone").headers(h -> h.setBearerAuth("forged")).exchange()
                .expectStatus().isEqualTo(429);

        // A valid token is not an anonymous request: it reaches its (absent) service.
        http.get().uri("/api/liaison/people/anyone").headers(h -> h.setBearerAuth(ISSUER.tokenFor("city-admin")))
                .exchange().expectStatus().isEqualTo(503);
    }
}
