package org.haian.strata.contribution.web.twoway;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.haian.strata.contract.EventMetadata;
import org.haian.strata.contract.Topics;
import org.haian.strata.contract.contribution.VillageRegistered;
import org.haian.strata.testsupport.Reply;
import org.haian.strata.testsupport.ServiceClient;
import org.haian.strata.testsupport.ServiceIT;
import org.haian.strata.testsupport.TopicRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Villages over HTTP, called directly, against the real embedded Kafka and MongoDB-wire server: a registration is
 * published on contribution's topic with its township, and what a write names is checked before anything is stored.
 */
@ServiceIT
class VillagesIT {

    private static final String PATH = "/api/contribution/villages";

    @Autowired
    ServiceClient service;

    @Test
    void aRegisteredVillageIsReadableAndPublishedWithItsTownship() {
        String id = service.as("officer-libao").create(PATH, "{\"name\":\"李堡村\",\"kind\":\"VILLAGE\"}",
                "villageId");

        assertThat(service.awaitReadable("officer-libao", PATH + "/" + id).map()).containsEntry("township", "libao")
                .containsEntry("name", "李堡村").containsEntry("kind", "VILLAGE");
        ConsumerRecord<String, byte[]> published = TopicRecords.first(System.getProperty("KAFKA_BOOTSTRAP_SERVERS"),
                Topics.CONTRIBUTION, id);
        assertThat(TopicRecords.header(published, "axon-message-type")).isEqualTo(VillageRegistered.class.getName());
        assertThat(TopicRecords.header(published, EventMetadata.TOWNSHIP_HEADER)).isEqualTo("libao");
        assertThat(TopicRecords.header(published, EventMetadata.ACTING_USER_HEADER)).isEqualTo("officer-libao");
    }

    @Test
    void aWriteNamingAPersonThisServiceDoesNotKnowIs422AndStoresNothing() {
        String id = service.as("city-admin").create(PATH, "{\"township\":\"libao\",\"name\":\"东湖社区\","
                + "\"kind\":\"COMMUNITY\"}", "villageId");

        Reply refused = service.storesNothing(() -> service.as("city-admin").post(PATH + "/" + id + "/agreements",
                "{\"personId\":\"" + UUID.randomUUID() + "\",\"signedOn\":\"2024-03-01\"}"));

        refused.expectProblem(422, "personId");
        service.storesNothing(() -> service.as("city-admin").post(PATH + "/" + UUID.randomUUID() + "/agreements",
                "{\"personId\":\"" + UUID.randomUUID() + "\",\"signedOn\":\"2024-03-01\"}"))
                .expectProblem(404, "villageId");
        service.storesNothing(() -> service.as("officer-libao").post(PATH,
                "{\"township\":\"qutang\",\"name\":\"曲塘村\",\"kind\":\"VILLAGE\"}")).expectProblem(403);
        service.storesNothing(() -> service.as("city-admin").post(PATH,
                "{\"township\":\"libao\",\"name\":\"X\",\"kind\":\"VILLAGE\",\"mayor\":\"Wang\"}"))
                .expectProblem(400);
    }
}
