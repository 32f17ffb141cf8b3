package org.haian.strata.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Calls the API as one user (or anonymously), the way curl would: a body is a record of the service's own (written
 * as JSON) or a raw JSON text, sent as {@code application/json}.
 */
public final class Caller {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String token;

    Caller(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public Reply get(String path) {
        return send("GET", path, null, UnaryOperator.identity());
    }

    public Reply post(String path, Object body) {
        return send("POST", path, body, UnaryOperator.identity());
    }

    /** A POST without a body, for commands that need none. */
    public Reply post(String path) {
        return send("POST", path, null, UnaryOperator.identity());
    }

    public Reply put(String path, Object body) {
        return send("PUT", path, body, UnaryOperator.identity());
    }

    public Reply put(String path) {
        return send("PUT", path, null, UnaryOperator.identity());
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, UnaryOperator.identity());
    }

    /**
     * Any call, with the request shaped further (headers, another content type) before it is sent.
     *
     * @param body a record or a raw JSON text; {@code null} for none
     */
    public Reply send(String method, String path, Object body, UnaryOperator<HttpRequest.Builder> shape) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Json.write(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(shape.apply(request).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(method + " " + path, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
