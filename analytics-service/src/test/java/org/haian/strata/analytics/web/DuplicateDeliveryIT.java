package org.haian.strata.analytics.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.haian.strata.analytics.engine.ReadSide;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.Topics;
import org.haian.strata.contract.liaison.ArrangementBody;
import org.haian.strata.contract.liaison.ArrangementLevel;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.LiaisonAssigned;
import org.haian.strata.contract.liaison.MemberAdmitted;
import org.haian.strata.contract.liaison.MemberUnitJoined;
import org.haian.strata.contract.liaison.PersonMovedToTownship;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contract.liaison.PoliticalArrangementRecorded;
import org.haian.strata.contract.liaison.WorkBaseEstablished;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * analytics-service reading the real embedded broker, writing the real MongoDB-wire server, read over HTTP. The
 * tests share one database, so each counts in townships and categories of its own.
 */
@ExtendWith(EmbeddedInfraExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DuplicateDeliveryIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    KafkaMessageConverter<String, byte[]> converter;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ReadSide readSide;

    @Test
    void theSameKafkaRecordDeliveredTwiceIsCountedOnce() throws Exception {
        String personId = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> record = record("Person", personId, 0, new PersonRegistered(personId,
                "Wang Shirong", Category.NEW_MEDIA, "dagong", "Dagong Daily", "Editor"));

        RecordMetadata first;
        RecordMetadata second;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("KAFKA_BOOTSTRAP_SERVERS")),
                new StringSerializer(), new ByteArraySerializer())) {
            first = producer.send(record).get();
            second = producer.send(record).get();
        }
        assertThat(second.offset()).isGreaterThan(first.offset());

        await().atMost(Duration.ofSeconds(60)).until(() -> processedBeyond(second));
        Map<String, Object> dagong = get("/api/analytics/townships/dagong");
        assertThat((Map<String, Object>) dagong.get("figures")).containsEntry("people", 1);
        assertThat(dagong).containsEntry("name", "大公镇");
        Map<String, Object> newMedia = get("/api/analytics/categories/NEW_MEDIA");
        assertThat((Map<String, Object>) newMedia.get("figures")).containsEntry("people", 1);
    }

    /**
     * A person under liaison, with an arrangement and a membership, moves to another township; every record comes
     * twice. Their township and category are ones no other test here counts in.
     */
    @Test
    void eventsOfEveryMechanismDeliveredTwiceAreCountedOnceAndFollowThePersonWhoMoves() throws Exception {
        String personId = UUID.randomUUID().toString();
        String associationId = UUID.randomUUID().toString();
        String baseId = UUID.randomUUID().toString();
        String conferenceId = UUID.randomUUID().toString();
        List<ProducerRecord<String, byte[]>> records = List.of(
                record("Person", personId, 0, new PersonRegistered(personId, "Ge Lan", Category.INTERMEDIARY,
                        "jiaoxie", "Jiaoxie Tax Agency", "Partner")),
                // A cadre id is a sign-in name, which may contain a dot.
                record("Person", personId, 1, new LiaisonAssigned(personId, "jiaoxie", Category.INTERMEDIARY,
                        "li.ming", CadreLevel.DEPARTMENT, LocalDate.of(2020, 1, 6), 1)),
                record("Person", personId, 2, new PoliticalArrangementRecorded(personId, "jiaoxie",
                        Category.INTERMEDIARY, ArrangementBody.CPPCC, ArrangementLevel.CITY, "member",
                        LocalDate.of(2021, 1, 1), null, 1)),
                record("Association", associationId, 0, new MemberAdmitted(associationId, personId, null, "jiaoxie",
                        Category.INTERMEDIARY)),
                record("Person", personId, 3, new PersonMovedToTownship(personId, "jiaoxie", "yazhou",
                        Category.INTERMEDIARY, 1, false, 1)),
                record("WorkBase", baseId, 0, new WorkBaseEstablished(baseId, "Yazhou writers' workshop",
                        Category.FREELANCER, "yazhou", UUID.randomUUID().toString())),
                record("JointConference", conferenceId, 0, new MemberUnitJoined(conferenceId,
                        "Federation of Literary and Art Circles", Category.FREELANCER)));

        List<RecordMetadata> sent = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("KAFKA_BOOTSTRAP_SERVERS")),
                new StringSerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<String, byte[]> record : records) {
                sent.add(producer.send(record).get());
                sent.add(producer.send(record).get());
            }
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> sent.stream().allMatch(this::processedBeyond));
        Map<String, Object> yazhou = get("/api/analytics/townships/yazhou");
        assertThat((Map<String, Object>) yazhou.get("figures")).containsAllEntriesOf(Map.of("people", 1,
                "representatives", 0, "peopleUnderLiaison", 1, "peopleWithPoliticalArrangement", 1, "members", 1,
                "bases", 1, "memberUnits", 0, "overdueContacts", 1));
        Map<String, Object> byCategory = (Map<String, Object>) yazhou.get("byCategory");
        assertThat((Map<String, Object>) byCategory.get("INTERMEDIARY")).containsAllEntriesOf(Map.of("people", 1,
                "peopleUnderLiaison", 1, "peopleWithPoliticalArrangement", 1, "members", 1, "overdueContacts", 1));
        assertThat((Map<String, Object>) byCategory.get("FREELANCER")).containsEntry("bases", 1);
        Map<String, Object> jiaoxie = get("/api/analytics/townships/jiaoxie");
        assertThat(((Map<String, Object>) jiaoxie.get("figures")).values()).containsOnly(0);
        Map<String, Object> freelancer = get("/api/analytics/categories/FREELANCER");
        assertThat((Map<String, Object>) freelancer.get("figures")).containsEntry("memberUnits", 1);
    }

    private ProducerRecord<String, byte[]> record(String aggregateType, String aggregateId, long sequence,
                                                  Object event) {
        return converter.createKafkaMessage(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence,
                event), Topics.LIAISON);
    }

    private Map<String, Object> get(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(LocalTokens.of("analyst"));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), Map.class).getBody();
    }

    /** Every figure source's processor has handled the record (each segment has read past it). */
    private boolean processedBeyond(RecordMetadata record) {
        return readSide.sources().stream().allMatch(source -> {
            StreamingEventProcessor processor = processing.eventProcessor(source.name(), StreamingEventProcessor.class)
                    .orElseThrow();
            return !processor.processingStatus().isEmpty() && processor.processingStatus().values().stream()
                    .map(status -> status.getTrackingToken())
                    .allMatch(token -> token instanceof KafkaTrackingToken kafka && kafka.getPositions()
                            .getOrDefault(new TopicPartition(record.topic(), record.partition()), -1L)
                            >= record.offset());
        });
    }
}
