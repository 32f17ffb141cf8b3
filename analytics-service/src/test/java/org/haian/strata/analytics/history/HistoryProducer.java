package org.haian.strata.analytics.history;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.haian.strata.contract.Topics;

/** Publishes events to the liaison topic the way liaison's publisher does (Axon's converter, key = aggregate id). */
public final class HistoryProducer implements AutoCloseable {

    private final KafkaMessageConverter<String, byte[]> converter;
    private final KafkaProducer<String, byte[]> producer;

    public HistoryProducer(KafkaMessageConverter<String, byte[]> converter, String bootstrapServers) {
        this.converter = converter;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes the events once, with one producer, and returns once the broker has them all. */
    public static Map<TopicPartition, Long> publish(Iterator<DomainEventMessage<?>> events,
                                                    KafkaMessageConverter<String, byte[]> converter,
                                                    String bootstrapServers) {
        try (HistoryProducer producer = new HistoryProducer(converter, bootstrapServers)) {
            return producer.publish(events);
        }
    }

    /** @return per partition the offset of the last record published */
    public Map<TopicPartition, Long> publish(Iterator<DomainEventMessage<?>> events) {
        Map<TopicPartition, Long> last = new HashMap<>();
        Future<RecordMetadata> sent = null;
        while (events.hasNext()) {
            sent = producer.send(converter.createKafkaMessage(events.next(), Topics.LIAISON), (metadata, e) -> {
                if (metadata != null) {
                    synchronized (last) {
                        last.merge(new TopicPartition(metadata.topic(), metadata.partition()), metadata.offset(),
                                Math::max);
                    }
                }
            });
        }
        producer.flush();
        try {
            if (sent != null) {
                sent.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish the events", e);
        }
        synchronized (last) {
            return Map.copyOf(last);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
