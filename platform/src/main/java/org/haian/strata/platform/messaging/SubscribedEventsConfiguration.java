package org.haian.strata.platform.messaging;

import java.util.List;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.Fetcher;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.haian.strata.contract.Topics;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The events of the other contexts a service reads ({@code haian.messaging.subscribed-contexts}, e.g.
 * {@code liaison}), as one source named {@code subscribedEvents} for its tracking processors:
 * {@code axon.eventhandling.processors.<group>.source: subscribedEvents}. They are read from Kafka, never asked of
 * the other service, so a service goes on planning and logging while the one it reads is down, and catches up when
 * it is back. Axon's fetcher must be on ({@code axon.kafka.fetcher.enabled: true}).
 */
@AutoConfiguration
@ConditionalOnProperty("haian.messaging.subscribed-contexts")
public class SubscribedEventsConfiguration {

    /** Records held between the fetcher and the processors: as many as Axon's own buffer holds. */
    private static final int SUBSCRIBED_BUFFER = 1_000;

    @Bean
    StreamableMessageSource<TrackedEventMessage<?>> subscribedEvents(
            @Value("${haian.messaging.subscribed-contexts}") List<String> contexts,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            ConsumerFactory<String, byte[]> axonKafkaConsumerFactory,
            Fetcher<String, byte[], KafkaEventMessage> kafkaFetcher,
            KafkaMessageConverter<String, byte[]> kafkaMessageConverter, KafkaTopics topics) {
        List<String> names = contexts.stream().map(Topics::of).toList();
        return new ContextEventsSource(StreamableKafkaMessageSource.<String, byte[]>builder()
                .topics(names)
                .serializer(eventSerializer)
                .consumerFactory(axonKafkaConsumerFactory)
                .fetcher(kafkaFetcher)
                .messageConverter(kafkaMessageConverter)
                // In fetch order, so that a stored token never covers a record not yet handled (see the buffer).
                .bufferFactory(() -> new ArrivalOrderBuffer(SUBSCRIBED_BUFFER))
                .build(), topics, names);
    }
}
