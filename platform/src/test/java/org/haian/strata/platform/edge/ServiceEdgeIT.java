package org.haian.strata.platform.edge;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.haian.strata.contract.identity.TokenClaims;
import org.haian.strata.infra.EmbeddedInfrastructure;
import org.haian.strata.testsupport.EdgeRefusals;
import org.haian.strata.testsupport.LocalTokens;
import org.haian.strata.testsupport.RawHttp;
import org.haian.strata.testsupport.Reply;
import org.haian.strata.testsupport.ServiceClient;
import org.haian.strata.testsupport.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a service's own port answers a caller that did not come through the gateway: the same token rules, the same
 * size limit, management endpoints for the city administrator only, and problem+json for every refusal, Tomcat's
 * and Spring Security's firewall's included.
 */
@ServiceIT
@TestPropertySource(properties = {"spring.application.name=edge-test", "spring.data.mongodb.database=edge_test",
        "haian.max-request-size=8KB"})
class ServiceEdgeIT extends EdgeRefusals {

    @Autowired
    ServiceClient api;

    @Autowired
    EdgeTestApplication.Echo echo;

    @Value("${local.server.port}")
    int port;

    @Test
    void aValidTokenIsServed() {
        api.as("officer-libao").post("/api/echo", "{\"a\":1}").expect(200);
    }

    @Test
    void aTokenThatNeverExpiresOrIsForAnotherAudienceIsRefusedSayingWhy(EmbeddedInfrastructure infra) {
        refused(infra.issuer().tokenFor("city-admin", claims -> claims.expirationTime(null)), TokenClaims.NO_EXPIRY);
        refused(infra.issuer().tokenFor("city-admin", claims -> claims.audience("another-client")),
                TokenClaims.OTHER_AUDIENCE);
        refused(infra.issuer().tokenFor("city-admin", claims -> claims.audience((String) null)),
                TokenClaims.OTHER_AUDIENCE);
    }

    @Test
    void anExpiredOrMalformedTokenIsRefusedInTheProjectsWords(EmbeddedInfrastructure infra) {
        Instant hoursAgo = Instant.now().minus(Duration.ofHours(2));
        refused(infra.issuer().tokenFor("city-admin", claims -> claims.expirationTime(Date.from(hoursAgo))
                .issueTime(Date.from(hoursAgo.minus(Duration.ofHours(8))))), TokenClaims.EXPIRED);
        refused("not.a.jwt", TokenClaims.MALFORMED);
        Reply none = api.anonymous().post("/api/echo", "{}").expectProblem(401);
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(none.text("detail")).isEqualTo("A valid bearer token is required: " + TokenClaims.NOT_SENT);
    }

    private void refused(String token, String reason) {
        Reply reply = api.withToken(token).post("/api/echo", "{}").expectProblem(401);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(reply.text("type")).isEqualTo("urn:haian:problem:unauthorized");
        assertThat(reply.text("detail")).isEqualTo("A valid bearer token is required: " + reason);
    }

    @Test
    void healthAndTheApiDocumentArePublicTheOtherManagementEndpointsAreForTheCityAdmin() {
        api.anonymous().get("/actuator/health").expect(200);
        api.anonymous().get("/actuator/health/readiness").expect(200);
        api.anonymous().get("/v3/api-docs").expect(200);
        for (String endpoint : new String[] {"/actuator/eventprocessors", "/actuator/metrics", "/actuator/info"}) {
            api.anonymous().get(endpoint).expectProblem(401);
            api.as("analyst").get(endpoint).expectProblem(403);
            api.as("city-admin").get(endpoint).expect(200);
        }
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeAnythingReadsIt() {
        int before = echo.bodiesRead.get();
        RawHttp.Answer answer = RawHttp.sendWithBody(port, "POST /api/echo HTTP/1.1", "{\"a\":\"" + "x".repeat(1000),
                "Content-Type: application/json", "Content-Length: " + 5 * 1024 * 1024,
                "Authorization: Bearer " + LocalTokens.of("city-admin"));

        answer.expectProblem(413);
        assertThat(echo.bodiesRead.get()).isEqualTo(before);
    }

    @Test
    void aStreamedBodyOverTheLimitIsRefusedAndOneWithinItIsServed() {
        int before = echo.bodiesRead.get();
        api.as("city-admin").send("POST", "/api/echo", null, request -> streamed(request,
                "{\"a\":\"" + "x".repeat(9 * 1024) + "\"}")).expectProblem(413);
        assertThat(echo.bodiesRead.get()).isEqualTo(before);

        api.as("city-admin").send("POST", "/api/echo", null, request -> streamed(request, "{\"a\":\"small\"}"))
                .expect(200);
        assertThat(echo.bodiesRead.get()).isEqualTo(before + 1);
    }

    private static HttpRequest.Builder streamed(HttpRequest.Builder request, String json) {
        // A body of unknown length goes out chunked, without a Content-Length to refuse it by.
        return request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    @Override
    protected int port() {
        return port;
    }

    /** Spring Boot's error controller answered a direct call with 500. */
    @Override
    protected String pathThatServesNothing() {
        return "/error";
    }

    @Test
    void headersLargerThanTomcatTakesAreAProblemToo() {
        RawHttp.send(port, "GET /api/echo HTTP/1.1", "X-Padding: " + "x".repeat(10_000)).expectProblem(400);
    }
}
