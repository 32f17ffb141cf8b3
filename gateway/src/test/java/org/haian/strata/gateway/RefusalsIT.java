package org.haian.strata.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haian.strata.testsupport.EdgeRefusals;
import org.haian.strata.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static java.nio.charset.StandardCharsets.US_ASCII;
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

    /**
     * Reactor Netty queues a request that arrives on a kept-alive connection before it has finished its books on
     * the previous answer, and one it could not decode it then never answers: the client waited until its timeout.
     */
    @Test
    void headersLargerThanAllowedAreAnsweredOnAConnectionThatWasKeptAlive() throws IOException {
        int unanswered = 0;
        for (int i = 0; i < 300; i++) {
            try (Socket socket = new Socket("localhost", port)) {
                socket.setSoTimeout(2_000);
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                out.write("GET /api/liaison/people HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(US_ASCII));
                String first = readHead(in);
                in.readNBytes(contentLength(first));
                out.write(("GET /api/liaison/people HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "x".repeat(10_000)
                        + "\r\n\r\n").getBytes(US_ASCII));
                try {
                    assertThat(readHead(in)).startsWith("HTTP/1.1 431");
                } catch (SocketTimeoutException timedOut) {
                    unanswered++;
                }
            }
        }

        assertThat(unanswered).as("oversized requests never answered, of 300").isZero();
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.indexOf("\r\n\r\n") < 0) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("The connection ended within the answer's head: " + head);
            }
            head.append((char) next);
        }
        return head.toString();
    }

    private static int contentLength(String head) {
        Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        return length.find() ? Integer.parseInt(length.group(1)) : 0;
    }
}
