package org.haian.strata.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Calls the API as one user (or anonymously), the way curl would: a body is a record of the service's own (written
 * as JSON) or a raw JSON text, sent as {@code application/json}.
 */
public final class Caller {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String token;
    private final Map<String, String> headers;

    Caller(String baseUrl, String token) {
        this(baseUrl, token, Map.of());
    }

    private Caller(String baseUrl, String token, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.headers = headers;
    }

    /** The same caller, sending this header with every request too ({@code X-Request-Id}, {@code Accept}, ...). */
    public Caller with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new Caller(baseUrl, token, Map.copyOf(more));
    }

    public Reply get(String path) {
        return send("GET", path, null, UnaryOperator.identity());
    }

    /** A GET whose answer is kept as bytes (a spreadsheet, a file), with its status and headers. */
    public HttpResponse<byte[]> download(String path) {
        return exchange("GET", path, null, UnaryOperator.identity(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public Reply post(String path, Object body) {
        return send("POST", path, body, UnaryOperator.identity());
    }

    /** A POST of a file as the whole raw body (a spreadsheet to import), of the given content type. */
    public Reply upload(String path, String contentType, byte[] file) {
        return send("POST", path, null, request -> request.POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .header("Content-Type", contentType));
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
     * The path with what a URI cannot hold as such (spaces, Chinese, ...) percent-encoded as UTF-8, the way a browser
     * or {@code curl --data-urlencode} sends it; what is encoded already stays as it is.
     */
    static String encoded(String path) {
        StringBuilder uri = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0) {
                uri.append((char) c);
            } else {
                uri.append('%').append(String.format("%02X", c));
            }
        }
        return uri.toString();
    }

    /** Creates a record: posts, expects 201 Created, and returns the new record's id from this field of the answer. */
    public String create(String path, Object body, String idField) {
        Reply created = post(path, body).expect(201);
        String id = created.text(idField);
        if (id == null) {
            throw new AssertionError(created.request() + " answered no " + idField + ": " + created.body());
        }
        return id;
    }

    /**
     * Any call, with the request shaped further (headers, another content type) before it is sent.
     *
     * @param body a record or a raw JSON text; {@code null} for none
     */
    public Reply send(String method, String path, Object body, UnaryOperator<HttpRequest.Builder> shape) {
        HttpResponse<String> response = exchange(method, path, body, shape, HttpResponse.BodyHandlers.ofString());
        return new Reply(method + " " + path, response.statusCode(), response.headers(), response.body());
    }

    private <T> HttpResponse<T> exchange(String method, String path, Object body,
                                         UnaryOperator<HttpRequest.Builder> shape,
                                         HttpResponse.BodyHandler<T> answer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + encoded(path)))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Json.write(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            return HTTP.send(shape.apply(request).build(), answer);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
