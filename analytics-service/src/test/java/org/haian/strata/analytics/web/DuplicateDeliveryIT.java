package org.haian.strata.analytics.web;

import java.time.Duration;
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
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.Topics;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.infra.junit.EmbeddedInfraExtension;
import org.haian.strata.infra.junit.LocalTokens;
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

/** analytics-service reading the real embedded broker, writing the real MongoDB-wire server. */
@ExtendWith(EmbeddedInfraExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DuplicateDeliveryIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    KafkaMessageConverter<String, byte[]> converter;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void theSameKafkaRecordDeliveredTwiceIsCountedOnce() throws Exception {
        String personId = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> record = converter.createKafkaMessage(new GenericDomainEventMessage<>(
                "Person", personId, 0, new PersonRegistered(personId, "Wang Shirong", Category.NEW_MEDIA, "dagong",
                "Dagong Daily", "Editor")), Topics.LIAISON);

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

    private Map<String, Object> get(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(LocalTokens.of("analyst"));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), Map.class).getBody();
    }

    private boolean processedBeyond(RecordMetadata record) {
        TrackingEventProcessor processor = processing.eventProcessor("statistics", TrackingEventProcessor.class)
                .orElseThrow();
        return processor.processingStatus().values().stream()
                .map(status -> status.getTrackingToken())
                .filter(KafkaTrackingToken.class::isInstance)
                .map(KafkaTrackingToken.class::cast)
                .anyMatch(token -> token.getPositions()
                        .getOrDefault(new TopicPartition(record.topic(), record.partition()), -1L) >= record.offset());
    }
}
