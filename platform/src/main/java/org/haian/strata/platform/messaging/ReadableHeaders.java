package org.haian.strata.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;

/**
 * Axon's Kafka records, with the two headers that Axon writes as 8-byte binary longs repeated as text, so that a
 * consumer in any language (or {@code kcat}) can read them: {@value #SEQUENCE} beside
 * {@code axon-message-aggregate-seq}, and {@value #TIMESTAMP} (ISO-8601, UTC) beside {@code axon-message-timestamp}.
 * Reading is Axon's own. docs/asyncapi.yaml names every header.
 */
public class ReadableHeaders implements KafkaMessageConverter<String, byte[]> {

    public static final String SEQUENCE = "haian-aggregate-seq";
    public static final String TIMESTAMP = "haian-timestamp";

    private final KafkaMessageConverter<String, byte[]> axon;

    public ReadableHeaders(KafkaMessageConverter<String, byte[]> axon) {
        this.axon = axon;
    }

    @Override
    public ProducerRecord<String, byte[]> createKafkaMessage(EventMessage<?> event, String topic) {
        ProducerRecord<String, byte[]> record = axon.createKafkaMessage(event, topic);
        if (event instanceof DomainEventMessage<?> domain) {
            record.headers().add(SEQUENCE, text(Long.toString(domain.getSequenceNumber())));
        }
        record.headers().add(TIMESTAMP, text(event.getTimestamp().toString()));
        return record;
    }

    @Override
    public Optional<EventMessage<?>> readKafkaMessage(ConsumerRecord<String, byte[]> record) {
        return axon.readKafkaMessage(record);
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
