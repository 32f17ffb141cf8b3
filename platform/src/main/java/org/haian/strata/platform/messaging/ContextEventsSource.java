package org.haian.strata.platform.messaging;

import java.time.Instant;
import java.util.List;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * Axon's Kafka message source over every context topic, which first makes sure those topics exist.
 *
 * <p>Axon's source assigns the partitions that exist when it opens its stream and never looks again, so a topic
 * created later (the first event of a service that started after analytics) would go unread until a restart.
 * Creating the topics before each opening closes that gap; if Kafka cannot be reached the opening fails and the
 * tracking processor retries with back-off.
 */
public class ContextEventsSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> kafka;
    private final KafkaTopics topics;
    private final List<String> topicNames;

    public ContextEventsSource(StreamableMessageSource<TrackedEventMessage<?>> kafka, KafkaTopics topics,
                               List<String> topicNames) {
        this.kafka = kafka;
        this.topics = topics;
        this.topicNames = topicNames;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        topics.ensureExist(topicNames);
        return kafka.openStream(trackingToken);
    }

    @Override
    public TrackingToken createTailToken() {
        return kafka.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return kafka.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return kafka.createTokenAt(dateTime);
    }
}
