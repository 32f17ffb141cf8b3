package org.haian.strata.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.haian.strata.contract.identity.TokenClaims;
import org.haian.strata.infra.identity.LocalTokenIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haian.strata.infra.EmbeddedInfrastructure.freePort;

/**
 * The gateway on its own, with a real token issuer and services that are not there: what a caller gets when the
 * gateway itself refuses, or when a service is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "haian.gateway.rate-limit.requests=3",
        "haian.gateway.rate-limit.period=1h",
        "haian.gateway.max-request-size=1KB"})
class GatewayIT extends TestIssuer {

    private static final String CSP = "Content-Security-Policy";
    private static final String DOWN = "http://localhost:" + freePort();


    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        registry.add("LIAISON_URL", () -> DOWN);
        registry.add("ANALYTICS_URL", () -> DOWN);
        registry.add("REMINDERS_URL", () -> DOWN);
    }

    @Test
    void aCallWithoutATokenIsA401ProblemWithItsRequestId() {
        http.get().uri("/api/liaison/people/anyone").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().exists("X-Request-Id")
                .expectBody().jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isEqualTo("A valid bearer token is required: " + TokenClaims.NOT_SENT);
    }

    @Test
    void aTokenFromAnotherIssuerIsA401ProblemThatSaysWhyInTheProjectsWords() {
        try (LocalTokenIssuer stranger = TestIssuer.start()) {
            refused(stranger.tokenFor("city-admin"), TokenClaims.UNVERIFIED);
        }
    }

    @Test
    void aTokenThatNeverExpiresIsRefused() {
        refused(ISSUER.tokenFor("city-admin", claims -> claims.expirationTime(null)), TokenClaims.NO_EXPIRY);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refused(ISSUER.tokenFor("city-admin", claims -> claims.audience("another-client")), TokenClaims.OTHER_AUDIENCE);
        refused(ISSUER.tokenFor("city-admin", claims -> claims.audience((String) null)), TokenClaims.OTHER_AUDIENCE);
    }

    @Test
    void anExpiredTokenIsRefusedAsExpired() {
        Instant hoursAgo = Instant.now().minus(Duration.ofHours(2));
        refused(ISSUER.tokenFor("city-admin", claims -> claims.issueTime(Date.from(hoursAgo.minus(Duration.ofHours(8))))
                .expirationTime(Date.from(hoursAgo))), TokenClaims.EXPIRED);
    }

    @Test
    void aTokenThatIsNoJwtIsRefusedAsMalformed() {
        refused("not-a-jwt", TokenClaims.MALFORMED);
        refused("not.a.jwt", TokenClaims.MALFORMED);
    }

    private void refused(String token, String reason) {
        http.get().uri("/api/liaison/people/anyone").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:haian:problem:unauthorized")
                .jsonPath("$.detail").isEqualTo("A valid bearer token is required: " + reason);
    }

    @Test
    void healthIsPublicAndTheOtherManagementEndpointsAreForTheCityAdmin() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        http.get().uri("/actuator/info").exchange().expectStatus().isUnauthorized();
        http.get().uri("/actuator/info").headers(h -> h.setBearerAuth(ISSUER.tokenFor("analyst"))).exchange()
                .expectStatus().isForbidden();
        http.get().uri("/actuator/info").headers(h -> h.setBearerAuth(ISSUER.tokenFor("city-admin"))).exchange()
                .expectStatus().isOk();
    }

    @Test
    void aRoleThatDoesNotFitTheContextIsA403Problem() {
        http.get().uri("/api/liaison/people/anyone")
                .headers(h -> h.setBearerAuth(ISSUER.tokenFor("analyst"))).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
    }

    /** Each user here makes one call: the test's rate limit is three calls per user, over every test. */
    @Test
    void remindersAreRoutedForWhoeverMustActAndNotForAnalysts() {
        http.get().uri("/api/reminders").headers(h -> h.setBearerAuth(ISSUER.tokenFor("analyst"))).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/reminders").exchange().expectStatus().isUnauthorized().expectBody().returnResult();
        for (String user : List.of("city-admin", "officer-libao", "cadre-libao")) {
            http.get().uri("/api/reminders?kind=OVERDUE_CONTACT").headers(h -> h.setBearerAuth(ISSUER.tokenFor(user)))
                    .exchange().expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions
                            .assertThat((String) detail).contains("reminders"));
        }
    }

    @Test
    void aServiceThatIsDownIsA503ProblemNamingIt() {
        http.get().uri("/api/liaison/people/anyone")
                .headers(h -> h.setBearerAuth(ISSUER.tokenFor("officer-qutang"))).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions
                        .assertThat((String) detail).contains("liaison"));
    }

    @Test
    void theNextCallOverAUsersLimitIsA429ProblemWithRetryAfter() {
        String token = ISSUER.tokenFor("cadre-qutang");
        for (int i = 0; i < 3; i++) {
            http.get().uri("/api/liaison/people/anyone").headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isEqualTo(503);
        }
        http.get().uri("/api/liaison/people/anyone").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.status").isEqualTo(429);
        // The limit is the user's, not the route's: a path no service serves counts too.
        http.get().uri("/nothing-here").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isEqualTo(429);
        // Another user is not held back by this one.
        http.get().uri("/api/liaison/people/anyone").headers(h -> h.setBearerAuth(ISSUER.tokenFor("cadre-libao")))
                .exchange().expectStatus().isEqualTo(503);
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() {
        http.post().uri("/api/liaison/people").headers(h -> h.setBearerAuth(ISSUER.tokenFor("officer-libao")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"" + "x".repeat(2048) + "\"}")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void oneSwaggerUiListsEveryServicesApi() {
        http.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.urls[*].url").value(urls -> org.assertj.core.api.Assertions
                        .assertThat((java.util.List<String>) urls).containsExactlyInAnyOrder(
                                "/openapi/liaison", "/openapi/outreach", "/openapi/contribution", "/openapi/analytics",
                                "/openapi/reminders"));
        http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }

    @Test
    void theDashboardAndItsChartsArePublicAndMayLoadNothingFromElsewhere() {
        String page = http.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals(CSP, GatewaySecurity.CONTENT_SECURITY_POLICY)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("webjars/echarts/dist/echarts.min.js", "dashboard/dashboard.js")
                .doesNotContain("http://", "https://");
        for (String asset : List.of("/webjars/echarts/dist/echarts.min.js", "/dashboard/dashboard.js",
                "/dashboard/i18n.js", "/dashboard/dashboard.css", "/dashboard/favicon.svg")) {
            // HEAD: ECharts is larger than the test client buffers, and a body left unread would hold its connection.
            http.head().uri(asset).exchange().expectStatus().isOk()
                    .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .expectHeader().exists(HttpHeaders.LAST_MODIFIED);
        }
        http.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk()
                .expectHeader().valueEquals(CSP, GatewaySecurity.SWAGGER_UI_POLICY)
                .expectBody().returnResult();
        http.get().uri("/api/analytics/city").exchange().expectStatus().isUnauthorized().expectBody().returnResult();
    }

    @Test
    void aPathNoServiceServesIsA404Problem() {
        http.get().uri("/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
