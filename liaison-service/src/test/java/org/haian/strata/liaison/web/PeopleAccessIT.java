package org.haian.strata.liaison.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.haian.strata.testsupport.LocalTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
 * liaison-service checks the token and the township itself, whatever the gateway did before: called directly, it
 * gives the same answers.
 */
@ExtendWith(EmbeddedInfraExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PeopleAccessIT {


    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withoutATokenNothingIsAnsweredButA401Problem() {
        ResponseEntity<Map> response = http.exchange("/api/liaison/people/x", HttpMethod.GET,
                new HttpEntity<>(new HttpHeaders()), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
    }

    @Test
    void anAnalystAndACadreMayNotRegisterPeople() {
        for (String user : List.of("analyst", "cadre-libao")) {
            int before = storedEvents();
            ResponseEntity<Map> response = post(user, body("libao"));

            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(storedEvents()).isEqualTo(before);
        }
    }

    @Test
    void aTownshipOfficerWhoNamesAnotherTownshipIsRefusedAndNothingIsStored() {
        int before = storedEvents();

        ResponseEntity<Map> response = post("officer-libao", body("qutang"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aTownshipOfficerRegistersIntoTheirOwnTownshipWhenTheyNameNone() {
        String personId = (String) post("officer-libao", """
                {"name":"Xu Min","category":"INTERMEDIARY"}""").getBody().get("personId");

        await().untilAsserted(() -> assertThat(get("officer-libao", "/api/liaison/people/" + personId).getBody())
                .containsEntry("township", "libao"));
    }

    @Test
    void anotherTownshipsPersonIsNotFoundForAnOfficerAndVisibleToTheCity() {
        String personId = (String) post("officer-libao", body("libao")).getBody().get("personId");
        await().until(() -> get("city-admin", "/api/liaison/people/" + personId).getStatusCode() == HttpStatus.OK);

        assertThat(get("officer-qutang", "/api/liaison/people/" + personId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("officer-qutang", "/api/liaison/people/" + personId + "/history").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("cadre-libao", "/api/liaison/people/" + personId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("analyst", "/api/liaison/people/" + personId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aPersonsHistoryShowsWhoDidWhatWhenAndForWhichRequest() {
        HttpHeaders headers = headers("officer-libao");
        headers.set("X-Request-Id", "history-check-1");
        String personId = (String) http.exchange("/api/liaison/people", HttpMethod.POST,
                new HttpEntity<>(body("libao"), headers), Map.class).getBody().get("personId");

        ResponseEntity<List> history = http.exchange("/api/liaison/people/" + personId + "/history", HttpMethod.GET,
                new HttpEntity<>(headers("city-admin")), List.class);

        assertThat(history.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> registered = (Map<String, Object>) history.getBody().get(0);
        assertThat(registered).containsEntry("event", "PersonRegistered")
                .containsEntry("actingUser", "officer-libao")
                .containsEntry("requestId", "history-check-1")
                .containsEntry("township", "libao")
                .containsKey("at");
    }

    /** Someone new each time: a person is registered once per name, organisation and township. */
    private static String body(String township) {
        return """
                {"name":"Xu Min %s","category":"INTERMEDIARY","township":"%s","organisation":"Zhongrui Tax Agents"}"""
                .formatted(UUID.randomUUID(), township);
    }

    private ResponseEntity<Map> post(String user, String body) {
        return http.exchange("/api/liaison/people", HttpMethod.POST, new HttpEntity<>(body, headers(user)), Map.class);
    }

    private ResponseEntity<Map> get(String user, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user)), Map.class);
    }

    private static HttpHeaders headers(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(LocalTokens.of(user));
        return headers;
    }

    private int storedEvents() {
        return jdbc.queryForObject("select count(*) from DomainEventEntry", Integer.class);
    }
}
