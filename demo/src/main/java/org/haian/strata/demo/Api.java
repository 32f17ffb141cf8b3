package org.haian.strata.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The suite's public API as a client sees it: the gateway, a bearer token from {@code POST /auth/token}, JSON in and
 * out. It paces itself below the gateway's per-user rate limit, waits out a 429, and retries a 422 for a while,
 * since outreach and contribution learn liaison's people from Kafka a moment after liaison acknowledged them (the
 * one refusal that is expected and passes). Any other refusal ends the run with the request and the problem.
 */
final class Api {

    /** How long a reference unknown to a service's read side (422) is retried before it counts as a refusal. */
    private static final Duration CATCH_UP = Duration.ofSeconds(90);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String user;
    private final String password;
    private final long intervalNanos;
    private final AtomicLong nextSlot = new AtomicLong(System.nanoTime());
    private final AtomicLong requests = new AtomicLong();
    private volatile String token;

    Api(String baseUrl, String user, String password, double requestsPerSecond) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.user = user;
        this.password = password;
        this.intervalNanos = (long) (1_000_000_000L / requestsPerSecond);
    }

    /** A refusal the plan did not expect: the request and the problem the API answered. */
    static final class Refused extends RuntimeException {
        final int status;
        final JsonNode problem;

        Refused(String request, int status, JsonNode problem, String body) {
            super(request + " was refused with " + status + ": " + (problem != null ? problem.toString() : body));
            this.status = status;
            this.problem = problem;
        }
    }

    void signIn() {
        String form = "username=" + encode(user) + "&password=" + encode(password);
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(baseUrl + "/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Signing in as " + user + " at " + baseUrl + "/auth/token answered "
                    + response.statusCode() + ": " + response.body());
        }
        token = read(response.body()).path("access_token").asText();
    }

    long requests() {
        return requests.get();
    }

    JsonNode post(String path, Object body) {
        return send("POST", path, body);
    }

    JsonNode put(String path, Object body) {
        return send("PUT", path, body);
    }

    /** The answer of a GET, or null for a 404. */
    JsonNode get(String path, Map<String, String> query) {
        try {
            return send("GET", path + query(query), null);
        } catch (Refused refused) {
            if (refused.status == 404) {
                return null;
            }
            throw refused;
        }
    }

    /** Every item of a paged list ({@code items}, {@code total}), with the list's filters. */
    void forEachItem(String path, Map<String, String> filters, Consumer<JsonNode> action) {
        for (int page = 0; ; page++) {
            Map<String, String> query = new java.util.LinkedHashMap<>(filters);
            query.put("page", Integer.toString(page));
            query.put("size", "100");
            JsonNode answer = get(path, query);
            answer.path("items").forEach(action);
            if ((page + 1) * 100L >= answer.path("total").asLong()) {
                return;
            }
        }
    }

    private JsonNode send(String method, String path, Object body) {
        long catchUpUntil = System.nanoTime() + CATCH_UP.toNanos();
        boolean signedInAgain = false;
        for (int attempt = 1; ; attempt++) {
            pace();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json");
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = exchange(request);
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return response.body().isEmpty() ? json.createObjectNode() : read(response.body());
            }
            if (status == 401 && !signedInAgain) {
                signedInAgain = true;
                signIn();
                continue;
            }
            boolean transientFailure = status == 429 || status == 502 || status == 503 || status == 504;
            boolean notYetKnown = status == 422 && System.nanoTime() < catchUpUntil;
            if ((transientFailure && attempt < 30) || notYetKnown) {
                sleep(status == 429 ? retryAfter(response) : Math.min(200L * attempt, 2_000L));
                continue;
            }
            JsonNode problem = null;
            try {
                problem = json.readTree(response.body());
            } catch (JsonProcessingException notJson) {
                // The body is quoted as it came.
            }
            throw new Refused(method + " " + path + (body != null ? " " + write(body) : ""), status, problem,
                    response.body());
        }
    }

    /** One request at a time through a slot every {@code 1/rate} seconds, whatever the number of workers. */
    private void pace() {
        long now = System.nanoTime();
        long slot = nextSlot.getAndAccumulate(now, (next, current) -> Math.max(next, current) + intervalNanos);
        long wait = Math.max(slot, now) - now;
        if (wait > 0) {
            sleep(wait / 1_000_000L);
        }
        requests.incrementAndGet();
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reach " + baseUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static long retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").map(seconds -> {
            try {
                return Math.max(1L, Long.parseLong(seconds.trim())) * 1_000L;
            } catch (NumberFormatException notSeconds) {
                return 1_000L;
            }
        }).orElse(1_000L);
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }

    private static String query(Map<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        query.forEach((name, value) -> pairs.add(encode(name) + "=" + encode(value)));
        return pairs.stream().collect(Collectors.joining("&", "?", ""));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
