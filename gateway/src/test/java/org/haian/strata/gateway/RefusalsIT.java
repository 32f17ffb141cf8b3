package org.haian.strata.gateway;

import org.haian.strata.testsupport.EdgeRefusals;
import org.haian.strata.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a hostile client gets for requests that never reach a route: every refusal, whether Spring Security's
 * firewall, Reactor Netty's request decoder or the gateway itself says no, is problem+json in the project's words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "HAIAN_JWT_ISSUER_URI=http://localhost:9")
class RefusalsIT extends EdgeRefusals {

    @LocalServerPort
    int port;

    @Override
    protected int port() {
        return port;
    }

    @Override
    protected String pathThatServesNothing() {
        return "/nothing-here";
    }

    @Test
    void aRequestLineLongerThanAllowedIsA414Problem() {
        RawHttp.send(port, "GET /api/liaison/people?name=" + "x".repeat(5000) + " HTTP/1.1").expectProblem(414);
    }

    @Test
    void headersLargerThanAllowedAreA431Problem() {
        RawHttp.send(port, "GET /api/liaison/people HTTP/1.1", "X-Padding: " + "x".repeat(10_000)).expectProblem(431);
    }

    @Test
    void aHeadRequestThatIsRefusedGetsNoBody() {
        RawHttp.Answer answer = RawHttp.send(port, "HEAD /api/liaison/%zz HTTP/1.1");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).isEmpty();
    }
}
