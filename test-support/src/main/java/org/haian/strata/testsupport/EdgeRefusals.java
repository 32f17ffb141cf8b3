package org.haian.strata.testsupport;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway and every service answer alike to requests no route or controller may see, as tests a class of
 * each extends: problem+json in the project's words, whether a firewall, an HTTP decoder or the web server itself
 * says no.
 */
public abstract class EdgeRefusals {

    /** The port of the gateway or service under test. */
    protected abstract int port();

    /** A path that this component serves nothing at, and answers 404 without a token. */
    protected abstract String pathThatServesNothing();

    /**
     * Path traversal, plain and encoded; an encoded slash; a path parameter; NUL; a backslash; a broken
     * percent-encoding; raw UTF-8.
     */
    static Stream<String> malformed() {
        return Stream.of("/api/liaison/../actuator/info", "/api/liaison/%2e%2e/actuator/info",
                "/api/liaison/people%2Fanyone", "/api/liaison/people;jsessionid=1", "/api/liaison/people%00",
                "/api/liaison/people\\anyone", "/api/liaison/%zz", "/api/liaison/people?name=克虎")
                .map(path -> "GET " + path + " HTTP/1.1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aMalformedOrForbiddenUrlIsA400Problem(String requestLine) {
        RawHttp.send(port(), requestLine).expectProblem(400);
    }

    @Test
    void aPathThatServesNothingIsA404Problem() {
        RawHttp.send(port(), "GET " + pathThatServesNothing() + " HTTP/1.1").expectProblem(404);
    }

    @Test
    void traceIsA405ProblemThatSaysWhichMethodsAreAllowed() {
        RawHttp.Answer answer = RawHttp.send(port(), "TRACE /api/liaison/people HTTP/1.1");

        answer.expectProblem(405);
        assertThat(answer.header("Allow")).contains("GET", "POST").doesNotContain("TRACE");
    }
}
