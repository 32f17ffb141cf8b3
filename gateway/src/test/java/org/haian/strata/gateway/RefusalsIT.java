package org.haian.strata.gateway;

import org.haian.strata.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a hostile client gets for requests that never reach a route: every refusal, whether Spring Security's
 * firewall, Reactor Netty's request decoder or the gateway itself says no, is problem+json in the project's words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "HAIAN_JWT_ISSUER_URI=http://localhost:9")
class RefusalsIT {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // request line                                    | status
            "GET /api/liaison/../analytics/townships/libao HTTP/1.1 | 400",
            "GET /api/liaison/%2e%2e/analytics HTTP/1.1             | 400",
            "GET /api/liaison/people%2Fanyone HTTP/1.1              | 400",
            "GET /api/liaison/people;jsessionid=1 HTTP/1.1          | 400",
            "GET /api/liaison/people%00 HTTP/1.1                    | 400",
            "GET /api/liaison/people\\anyone HTTP/1.1               | 400",
            "GET /api/liaison/%zz HTTP/1.1                          | 400",
            "GET /api/liaison/people?name=克虎 HTTP/1.1              | 400",
            "GET /nothing-here HTTP/1.1                             | 404"})
    void aRequestNoRouteMayServeIsAProblemInTheProjectsWords(String requestLine, int status) {
        RawHttp.send(port, requestLine).expectProblem(status);
    }

    @Test
    void traceIsA405ProblemThatSaysWhichMethodsAreAllowed() {
        RawHttp.Answer answer = RawHttp.send(port, "TRACE /api/liaison/people HTTP/1.1");

        answer.expectProblem(405);
        assertThat(answer.header("Allow")).contains("GET", "POST").doesNotContain("TRACE");
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
