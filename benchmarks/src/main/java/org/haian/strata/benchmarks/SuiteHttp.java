package org.haian.strata.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The running suite as the benchmark programs call it: a seeded user's token, and a request sent as it is. */
final class SuiteHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private SuiteHttp() {
    }

    /** Signs a seeded user in at the gateway ({@code POST /auth/token}, the local profile's password). */
    static String token(String gateway, String user) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(gateway + "/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=haian-local")));
        Matcher token = TOKEN.matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException("Signing in as " + user + " answered " + response.statusCode());
        }
        return token.group(1);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
