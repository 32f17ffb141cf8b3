package org.haian.strata.analytics;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.Fetcher;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.haian.strata.analytics.kafka.ContextEventsSource;
import org.haian.strata.contract.Topics;
import org.haian.strata.platform.ServiceLauncher;
import org.haian.strata.platform.messaging.KafkaTopics;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The read side: every context's events from Kafka, counted per township and per category. */
@SpringBootApplication
public class AnalyticsApplication {

    public static void main(String[] args) {
        ServiceLauncher.run(AnalyticsApplication.class, args);
    }

    /** The events of all three contexts, for the tracking processors that build the statistics. */
    @Bean
    StreamableMessageSource<TrackedEventMessage<?>> contextEvents(
            @Qualifier("eventSerializer") Serializer eventSerializer,
            ConsumerFactory<String, byte[]> axonKafkaConsumerFactory,
            Fetcher<String, byte[], KafkaEventMessage> kafkaFetcher,
            KafkaMessageConverter<String, byte[]> kafkaMessageConverter,
            KafkaTopics topics) {
        StreamableKafkaMessageSource<String, byte[]> kafka = StreamableKafkaMessageSource.<String, byte[]>builder()
                .topics(Topics.ALL)
                .serializer(eventSerializer)
                .consumerFactory(axonKafkaConsumerFactory)
                .fetcher(kafkaFetcher)
                .messageConverter(kafkaMessageConverter)
                .build();
        return new ContextEventsSource(kafka, topics, Topics.ALL);
    }
}
