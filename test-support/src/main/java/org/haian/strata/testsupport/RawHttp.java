package org.haian.strata.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request written byte for byte, the way a hostile client would send it: no HTTP client library lets through a
 * URL with a broken percent-encoding, a backslash or raw UTF-8, or a body shorter than it declares, and those are
 * what the gateway and every service must answer properly.
 */
public final class RawHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RawHttp() {
    }

    /** Sends the request line and headers and reads the answer. */
    public static Answer send(int port, String requestLine, String... headers) {
        return sendWithBody(port, requestLine, "", headers);
    }

    /**
     * Sends the request line, the headers and then these bytes of a body, which may be shorter than the
     * {@code Content-Length} header says (the rest is never sent), and reads the answer. The answer ends where its
     * own {@code Content-Length} says, as a server that refuses a body early may keep the connection open to drain
     * the rest.
     */
    public static Answer sendWithBody(int port, String requestLine, String body, String... headers) {
        StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.append("\r\n").append(body).toString().getBytes(StandardCharsets.UTF_8));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int next = in.read();
                if (next < 0) {
                    throw new IOException("The connection ended within the answer's head: " + head);
                }
                head.write(next);
            }
            Answer headOnly = new Answer(head.toString(StandardCharsets.UTF_8).strip(), "");
            String length = headOnly.header("Content-Length");
            byte[] answerBody = length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
            return new Answer(headOnly.head(), new String(answerBody, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Answer(String head, String body) {

        public int status() {
            return Integer.parseInt(head.split(" ")[1]);
        }

        public String header(String name) {
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
        public JsonNode expectProblem(int expected) {
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
