package org.haian.strata.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request written byte for byte, the way a hostile client would send it: no HTTP client library lets through a
 * URL with a broken percent-encoding, a backslash or raw UTF-8, and those are what the edge must answer properly.
 */
final class RawHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RawHttp() {
    }

    /** Sends the request line and headers (the connection is closed after it) and reads the whole answer. */
    static Answer send(int port, String requestLine, String... headers) {
        StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int bodyStart = answer.indexOf("\r\n\r\n");
            return new Answer(answer.substring(0, bodyStart), answer.substring(bodyStart + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Answer(String head, String body) {

        int status() {
            return Integer.parseInt(head.split(" ")[1]);
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":")) {
                    return line.substring(name.length() + 1).trim();
                }
            }
            return null;
        }

        /**
         * Asserts a refusal in the project's own words: this status as problem+json with a {@code urn:haian}
         * type, a title and a detail, and nothing of a library's own error page.
         */
        JsonNode expectProblem(int expected) {
            assertThat(status()).as(head + "\n" + body).isEqualTo(expected);
            assertThat(header("Content-Type")).as(head).startsWith("application/problem+json");
            try {
                JsonNode problem = JSON.readTree(body);
                assertThat(problem.path("status").asInt()).isEqualTo(expected);
                assertThat(problem.path("type").asText()).startsWith("urn:haian:problem:");
                assertThat(problem.path("title").asText()).isNotBlank();
                assertThat(problem.path("detail").asText()).isNotBlank()
                        .doesNotContainIgnoringCase("exception").doesNotContain("rejected because", "Jwt");
                return problem;
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }
    }
}
