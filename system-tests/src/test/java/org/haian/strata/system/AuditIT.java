package org.haian.strata.system;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.haian.strata.contract.EventMetadata;
import org.haian.strata.contract.Topics;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.TopicRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haian.strata.testsupport.TopicRecords.header;

/** Who acted, and the request they acted in, follow a change from the gateway into the event and its Kafka record. */
@ExtendWith(SuiteExtension.class)
class AuditIT {

    @Test
    void anEventStoredAfterAGatewayRequestCarriesTheUserAndTheCorrelationIdIntoKafka(Suite suite) {
        String requestId = "audit-" + UUID.randomUUID();
        Caller officer = suite.api().as("officer-libao");

        String personId = officer.with("X-Request-Id", requestId).create("/api/liaison/people",
                "{\"name\":\"Audit Person\",\"category\":\"ENTERPRISE_STAFF\"}", "personId");

        JsonNode registered = officer.get("/api/liaison/people/" + personId + "/history").json().get(0);
        assertThat(registered.get("actingUser").asText()).isEqualTo("officer-libao");
        assertThat(registered.get("requestId").asText()).isEqualTo(requestId);
        assertThat(registered.get("township").asText()).isEqualTo("libao");

        ConsumerRecord<String, byte[]> record = TopicRecords.first("localhost:" + suite.kafka.port(), Topics.LIAISON,
                personId);
        assertThat(header(record, EventMetadata.ACTING_USER_HEADER)).isEqualTo("officer-libao");
        assertThat(header(record, EventMetadata.REQUEST_ID_HEADER)).isEqualTo(requestId);
        assertThat(header(record, EventMetadata.TOWNSHIP_HEADER)).isEqualTo("libao");

        assertThat(suite.liaison.logs()).contains(requestId);
        assertThat(suite.gateway.logs()).contains("request=" + requestId + " user=officer-libao");
    }
}
