package org.haian.strata.analytics.kafka;

import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.haian.strata.analytics.engine.RecordedEvent;

/**
 * Axon's Kafka converter, which also puts where each record was read (topic, partition, offset) into the message's
 * metadata: the read side's idempotency marks are offsets per partition, and the processors are sequenced by
 * partition. Only on reading; nothing of it is published.
 */
public final class RecordPositionConverter implements KafkaMessageConverter<String, byte[]> {

    private final KafkaMessageConverter<String, byte[]> delegate;

    public RecordPositionConverter(KafkaMessageConverter<String, byte[]> delegate) {
        this.delegate = delegate;
    }

    @Override
    public ProducerRecord<String, byte[]> createKafkaMessage(EventMessage<?> eventMessage, String topic) {
        return delegate.createKafkaMessage(eventMessage, topic);
    }

    @Override
    public Optional<EventMessage<?>> readKafkaMessage(ConsumerRecord<String, byte[]> record) {
        return delegate.readKafkaMessage(record).map(message -> message.andMetaData(Map.of(
                RecordedEvent.TOPIC, record.topic(),
                RecordedEvent.PARTITION, record.partition(),
                RecordedEvent.OFFSET, record.offset())));
    }
}
