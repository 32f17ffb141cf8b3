package org.haian.strata.liaison.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.springboot.updates.UpdateCheckConfiguration;
import org.haian.strata.contract.EventMetadata;
import org.haian.strata.contract.Topics;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.haian.strata.testsupport.LocalTokens;
import org.haian.strata.testsupport.TopicRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
import static org.haian.strata.testsupport.TopicRecords.header;

/** liaison-service on the real embedded Kafka broker and MongoDB-wire server. */
@ExtendWith(EmbeddedInfraExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegisterPersonIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UpdateCheckConfiguration updateCheck;

    @Test
    void aRegisteredPersonIsStoredPublishedWithHeadersAndListed() {
        HttpHeaders headers = json();
        headers.set("X-Request-Id", "req-" + UUID.randomUUID());
        ResponseEntity<Map> created = http.postForEntity("/api/liaison/people", new HttpEntity<>("""
                {"name":"Lu Kehu","category":"ENTERPRISE_STAFF","township":"libao",
                 "organisation":"Libao Elites","role":"CTO"}""", headers), Map.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String personId = (String) created.getBody().get("personId");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/liaison/people/" + personId);

        ConsumerRecord<String, byte[]> record = TopicRecords.first(System.getProperty("KAFKA_BOOTSTRAP_SERVERS"),
                Topics.LIAISON, personId);
        assertThat(header(record, "axon-message-type")).isEqualTo("org.haian.strata.contract.liaison.PersonRegistered");
        assertThat(header(record, "axon-message-revision")).isEqualTo("1");
        assertThat(header(record, "axon-message-id")).isNotBlank();
        assertThat(header(record, "axon-message-timestamp")).isNotNull();
        assertThat(header(record, EventMetadata.TOWNSHIP_HEADER)).isEqualTo("libao");
        assertThat(header(record, EventMetadata.ACTING_USER_HEADER)).isEqualTo("city-admin");
        assertThat(header(record, EventMetadata.REQUEST_ID_HEADER)).isEqualTo(headers.getFirst("X-Request-Id"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            ResponseEntity<Map> person = http.exchange("/api/liaison/people/" + personId, HttpMethod.GET,
                    new HttpEntity<>(json()), Map.class);
            assertThat(person.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(person.getBody()).containsEntry("name", "Lu Kehu").containsEntry("township", "libao");
        });
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"name\":\"A\",\"category\":\"ASTRONAUT\",\"township\":\"libao\"}  | category",
            "{\"name\":\" \",\"category\":\"NEW_MEDIA\",\"township\":\"libao\"}  | name",
            "{\"name\":\"A\",\"category\":\"NEW_MEDIA\"}                         | township",
            "{\"name\":\"A\",\"category\":\"NEW_MEDIA\",\"township\":\"atlantis\"} | township",
            "{\"name\":\"A\",\"category\":                                      | body",
            "{\"name\":\"unterminated                                          | body"})
    void badInputIsRefusedWithAProblemNamingTheFieldAndStoresNothing(String body, String field) {
        Integer eventsBefore = storedEvents();

        ResponseEntity<Map> response = http.postForEntity("/api/liaison/people", new HttpEntity<>(body, json()), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((List<Map<String, String>>) response.getBody().get("errors"))
                .anySatisfy(error -> assertThat(error).containsEntry("field", field).containsKey("reason"));
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void anUnknownPersonIsNotFound() {
        ResponseEntity<Map> response = http.exchange("/api/liaison/people/" + UUID.randomUUID(), HttpMethod.GET,
                new HttpEntity<>(json()), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void axonsUpdateCheckerIsSwitchedOff() {
        assertThat(updateCheck.getDisabled()).isTrue();
    }

    private Integer storedEvents() {
        return jdbc.queryForObject("select count(*) from DomainEventEntry", Integer.class);
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(LocalTokens.of("city-admin"));
        return headers;
    }

}
