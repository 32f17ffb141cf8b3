package org.haian.strata.analytics.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * A published event as the read side takes it in: its payload, its aggregate and place in it, where it sits in
 * Kafka, and when it was recorded. The live processors and a rebuild make it from the same Kafka record the same
 * way, so both count alike.
 *
 * @param payload     the event (a record of {@code event-contract}), or Axon's placeholder for a type this
 *                    service does not know
 * @param partition   the Kafka topic-partition it was read from, e.g. {@code haian.liaison.events-2}
 * @param offset      its offset in that partition
 * @param aggregateId the aggregate that recorded it; {@code null} for an event of none
 * @param sequence    its place among that aggregate's events
 * @param recordedAt  when its aggregate stored it (Axon's event timestamp)
 * @param recordedDay that moment's day in Hai'an: the day from which the event is known
 */
public record RecordedEvent(Object payload, String partition, long offset, String aggregateId, long sequence,
                            Instant recordedAt, LocalDate recordedDay) {

    /** Metadata the Kafka converter adds to every message it reads: topic, partition number and offset. */
    public static final String TOPIC = "kafkaTopic";
    public static final String PARTITION = "kafkaPartition";
    public static final String OFFSET = "kafkaOffset";

    public static RecordedEvent of(EventMessage<?> message, ZoneId haian) {
        Object partition = message.getMetaData().get(PARTITION);
        Object offset = message.getMetaData().get(OFFSET);
        if (partition == null || offset == null) {
            throw new IllegalArgumentException("Event " + message.getIdentifier() + " carries no Kafka position");
        }
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d && d.getAggregateIdentifier() != null
                ? d : null;
        return new RecordedEvent(message.getPayload(), message.getMetaData().get(TOPIC) + "-" + partition,
                ((Number) offset).longValue(), domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? -1 : domain.getSequenceNumber(), message.getTimestamp(),
                LocalDate.ofInstant(message.getTimestamp(), haian));
    }

    /**
     * What the event's place is counted in: its aggregate, whose events arrive in order and each under one
     * sequence number, also when the publisher sends one again (a retry after a time-out, a restart before its token
     * was stored) at a later offset; for an event of no aggregate, its partition.
     */
    public String origin() {
        return aggregateId != null ? aggregateId : partition;
    }

    /** The event's place in its {@link #origin()}: one at or below the last taken in from there is a repeat. */
    public long place() {
        return aggregateId != null ? sequence : offset;
    }
}
