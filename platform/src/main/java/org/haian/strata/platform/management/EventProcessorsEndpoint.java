package org.haian.strata.platform.management;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code GET /actuator/eventprocessors}: where each event processor stands - running, in error, caught up, and its
 * position (the event store's global index, or per Kafka partition the last offset it handled), beside the newest
 * position of the service's own event store. Operators read
 * lag and stuck projections here; without Axon Server nothing else shows it.
 */
@Endpoint(id = "eventprocessors")
public class EventProcessorsEndpoint {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    public EventProcessorsEndpoint(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    @ReadOperation
    public Status processors() {
        Map<String, ProcessorStatus> processors = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> processors.put(name, status(processor)));
        TrackingToken head = eventStore.createHeadToken();
        Long eventStoreHead = head != null && head.position().isPresent() ? head.position().getAsLong() : null;
        return new Status(eventStoreHead, processors);
    }

    private static ProcessorStatus status(EventProcessor processor) {
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProcessorStatus(processor.isRunning(), processor.isError(), List.of());
        }
        List<SegmentStatus> segments = streaming.processingStatus().values().stream()
                .sorted(Comparator.comparingInt(s -> s.getSegment().getSegmentId()))
                .map(EventProcessorsEndpoint::segment)
                .toList();
        return new ProcessorStatus(processor.isRunning(), processor.isError(), segments);
    }

    private static SegmentStatus segment(EventTrackerStatus status) {
        TrackingToken token = status.getTrackingToken();
        Map<String, Long> partitions = new TreeMap<>();
        if (token instanceof KafkaTrackingToken kafka) {
            kafka.getPositions().forEach((partition, offset) -> partitions.put(partition.toString(), offset));
        }
        return new SegmentStatus(status.getSegment().getSegmentId(), status.isCaughtUp(), status.isReplaying(),
                status.isErrorState(), status.isErrorState() ? String.valueOf(status.getError()) : null,
                status.getCurrentPosition().isPresent() ? status.getCurrentPosition().getAsLong() : null, partitions);
    }

    /**
     * @param eventStoreHead the position of the newest event in this service's own event store; a processor that
     *                       reads the store and stands there has nothing left to do
     */
    public record Status(Long eventStoreHead, Map<String, ProcessorStatus> processors) {
    }

    /** One processor: whether it runs, whether it is in error, and where each of its segments stands. */
    public record ProcessorStatus(boolean running, boolean error, List<SegmentStatus> segments) {
    }

    /** One segment's position: a global index for the event store, last offsets per partition for Kafka. */
    public record SegmentStatus(int segment, boolean caughtUp, boolean replaying, boolean error, String errorMessage,
                                Long position, Map<String, Long> kafkaOffsets) {
    }
}
