package org.haian.strata.liaison.eventstore;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.testsupport.ServiceClient;
import org.haian.strata.testsupport.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.haian.strata.testsupport.ServiceClient.READ_SIDE;

/**
 * An event store written before personal data was encrypted (PersonRegistered at revision 1, the name in clear):
 * the upgraded service reads it with no manual step, sealing the name with a key it makes for the person, and
 * forgetting the person erases the name from every answer although the old row itself stays as it was written.
 */
@ServiceIT
class StoredInClearIT {

    @Autowired
    ServiceClient service;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPersonStoredInClearIsReadSealedAndCanBeForgotten() {
        String person = UUID.randomUUID().toString();
        String name = "旧档" + person.substring(0, 8);
        jdbc.update("INSERT INTO DomainEventEntry (eventIdentifier, aggregateIdentifier, sequenceNumber, type, "
                        + "timeStamp, payloadType, payloadRevision, payload, metaData) VALUES (?, ?, 0, 'Person', ?, ?, "
                        + "'1', ?, ?)", UUID.randomUUID().toString(), person, Instant.now().toString(),
                PersonRegistered.class.getName(), ("{\"personId\":\"" + person + "\",\"name\":\"" + name + "\","
                        + "\"category\":\"FREELANCER\",\"township\":\"dagong\",\"organisation\":null,\"role\":null}")
                        .getBytes(StandardCharsets.UTF_8),
                "{\"actingUser\":\"an-earlier-version\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(service.as("city-admin").get("/api/liaison/people/" + person + "/history").expect(200).body())
                .contains(name);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM personal_data_key WHERE subject_id = ? "
                + "AND secret IS NOT NULL", Integer.class, person)).isOne();
        await().atMost(READ_SIDE).until(() -> service.as("city-admin").get("/api/liaison/people/" + person)
                .body().contains(name));

        service.as("city-admin").post("/api/liaison/people/" + person + "/forget",
                "{\"reason\":\"Consent withdrawn\"}").expect(200);

        assertThat(service.as("city-admin").get("/api/liaison/people/" + person + "/history").body())
                .doesNotContain(name);
        await().atMost(READ_SIDE).until(() -> !service.as("city-admin").get("/api/liaison/people/" + person)
                .body().contains(name));
    }
}
