package org.haian.strata.liaison.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.haian.strata.infra.junit.LocalTokens;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls liaison-service directly as one of the local issuer's seeded users, as the gateway would forward it. */
final class Caller {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final TestRestTemplate http;
    private final String token;

    private Caller(TestRestTemplate http, String token) {
        this.http = http;
        this.token = token;
    }

    static Caller as(TestRestTemplate http, String user) {
        return new Caller(http, TOKENS.computeIfAbsent(user, LocalTokens::of));
    }

    ResponseEntity<Map> get(String path) {
        return exchange(HttpMethod.GET, path, null, Map.class);
    }

    ResponseEntity<List> list(String path) {
        return exchange(HttpMethod.GET, path, null, List.class);
    }

    ResponseEntity<Map> post(String path, String json) {
        return exchange(HttpMethod.POST, path, json, Map.class);
    }

    ResponseEntity<Map> put(String path, String json) {
        return exchange(HttpMethod.PUT, path, json, Map.class);
    }

    ResponseEntity<Map> delete(String path) {
        return exchange(HttpMethod.DELETE, path, null, Map.class);
    }

    private <T> ResponseEntity<T> exchange(HttpMethod method, String path, String json, Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        if (json != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.exchange(path, method, new HttpEntity<>(json, headers), type);
    }
}
