package org.haian.strata.liaison.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.haian.strata.testsupport.LocalTokens;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Calls liaison-service directly, as one of the local issuer's seeded users, and watches its event store: what the
 * service-level tests of the web layer share.
 */
final class ServiceClient {

    /** The read side follows a write within moments; this much is patience, not a time limit of the system. */
    static final Duration READ_SIDE = Duration.ofSeconds(20);
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final TestRestTemplate http;
    private final JdbcTemplate jdbc;

    ServiceClient(TestRestTemplate http, JdbcTemplate jdbc) {
        this.http = http;
        this.jdbc = jdbc;
    }

    Caller as(String user) {
        return new Caller(user);
    }

    /** Makes a call that must be refused, and checks that it stored no event. */
    <T> ResponseEntity<T> storesNothing(Supplier<ResponseEntity<T>> call) {
        long before = storedEvents();
        ResponseEntity<T> response = call.get();
        assertThat(storedEvents()).as("events stored by a refused call").isEqualTo(before);
        return response;
    }

    /** Waits until a record written a moment ago can be read by this user. */
    Map<String, Object> awaitReadable(String user, String path) {
        await().atMost(READ_SIDE).until(() -> as(user).get(path).getStatusCode() == HttpStatus.OK);
        return as(user).get(path).getBody();
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from DomainEventEntry", Long.class);
    }

    /** A refusal is problem+json with the status, and for a field-level refusal an error naming that field. */
    @SuppressWarnings("unchecked")
    static void assertProblem(ResponseEntity<Map> response, HttpStatus status, String field) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        if (field != null) {
            assertThat((List<Map<String, String>>) response.getBody().get("errors"))
                    .anySatisfy(error -> assertThat(error).containsEntry("field", field).containsKey("reason"));
        }
    }

    static void assertProblem(ResponseEntity<Map> response, HttpStatus status) {
        assertProblem(response, status, null);
    }

    /** One signed-in user. */
    final class Caller {

        private final String user;

        private Caller(String user) {
            this.user = user;
        }

        ResponseEntity<Map> get(String path) {
            return exchange(HttpMethod.GET, path, null, Map.class);
        }

        ResponseEntity<List> getList(String path) {
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

        /** Posts and returns the new record's id from the answer, which must be 201. */
        String create(String path, String json, String idField) {
            ResponseEntity<Map> response = post(path, json);
            assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
            return (String) response.getBody().get(idField);
        }

        private <T> ResponseEntity<T> exchange(HttpMethod method, String path, String json, Class<T> type) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.setBearerAuth(TOKENS.computeIfAbsent(user, LocalTokens::of));
            return http.exchange(path, method, new HttpEntity<>(json, headers), type);
        }
    }
}
