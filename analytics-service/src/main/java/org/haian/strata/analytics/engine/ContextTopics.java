package org.haian.strata.analytics.engine;

import java.util.List;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;

/**
 * The topics a rebuild reads from their beginning, and how: a plain consumer of its own (no group, no committed
 * offsets), and the converter the live processors read with, which makes the same events of the same records.
 *
 * @param provision creates the topics that are missing, so that every partition is there to be read
 */
public record ContextTopics(List<String> names, Supplier<Consumer<String, byte[]>> consumers,
                            KafkaMessageConverter<String, byte[]> converter, Runnable provision) {
}
