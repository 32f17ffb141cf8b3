package org.haian.strata.liaison.web.people;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.springboot.updates.UpdateCheckConfiguration;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.EventMetadata;
import org.haian.strata.contract.Topics;
import org.haian.strata.platform.messaging.ReadableHeaders;
import org.haian.strata.testsupport.Reply;
import org.haian.strata.testsupport.ServiceClient;
import org.haian.strata.testsupport.ServiceIT;
import org.haian.strata.testsupport.TopicRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haian.strata.testsupport.TopicRecords.header;

/** liaison-service on the real embedded Kafka broker and MongoDB-wire server. */
@ServiceIT
class RegisterPersonIT {

    private static final String PEOPLE = "/api/liaison/people";

    @Autowired
    ServiceClient service;
    @Autowired
    UpdateCheckConfiguration updateCheck;

    @Test
    void aRegisteredPersonIsStoredPublishedWithHeadersAndListed() {
        String requestId = "req-" + UUID.randomUUID();

        Reply created = service.as("city-admin").with("X-Request-Id", requestId).post(PEOPLE,
                new RegisterPersonRequest("Lu Kehu", Category.ENTERPRISE_STAFF, "libao",
                        "Libao Elites", "CTO")).expect(201);

        String personId = created.text("personId");
        assertThat(created.location()).isEqualTo(PEOPLE + "/" + personId);
        ConsumerRecord<String, byte[]> record = TopicRecords.first(System.getProperty("KAFKA_BOOTSTRAP_SERVERS"),
                Topics.LIAISON, personId);
        assertThat(header(record, "axon-message-type")).isEqualTo("org.haian.strata.contract.liaison.PersonRegistered");
        assertThat(header(record, "axon-message-revision")).isEqualTo("2");
        // Personal data travels only encrypted: the name is not on the topic in clear.
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("Lu Kehu").contains("pd1:");
        assertThat(header(record, "axon-message-id")).isNotBlank();
        assertThat(header(record, "axon-message-timestamp")).isNotNull();
        assertThat(header(record, EventMetadata.TOWNSHIP_HEADER)).isEqualTo("libao");
        assertThat(header(record, EventMetadata.ACTING_USER_HEADER)).isEqualTo("city-admin");
        assertThat(header(record, EventMetadata.REQUEST_ID_HEADER)).isEqualTo(requestId);
        // What Axon writes as binary longs is there as text too, for consumers outside the JVM.
        assertThat(header(record, ReadableHeaders.SEQUENCE)).isEqualTo("0");
        assertThat(Instant.parse(header(record, ReadableHeaders.TIMESTAMP)).toEpochMilli())
                .isEqualTo(ByteBuffer.wrap(record.headers().lastHeader("axon-message-timestamp").value()).getLong());
        assertThat(service.awaitReadable("city-admin", PEOPLE + "/" + personId).map())
                .containsEntry("name", "Lu Kehu").containsEntry("township", "libao");
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
        service.storesNothing(() -> service.as("city-admin").post(PEOPLE, body)).expectProblem(400, field);
    }

    @Test
    void anUnknownPersonIsNotFound() {
        service.as("city-admin").get(PEOPLE + "/" + UUID.randomUUID()).expectProblem(404, "personId");
    }

    @Test
    void axonsUpdateCheckerIsSwitchedOff() {
        assertThat(updateCheck.getDisabled()).isTrue();
    }
}
