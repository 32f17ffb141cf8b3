package org.haian.strata.analytics.kafka;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.haian.strata.analytics.engine.RecordedEvent;

/**
 * Sequences a processor's events by the number of the Kafka partition they were read from, so that each partition
 * belongs to exactly one segment and is handled in order by one thread: what the per-partition marks of the read
 * models rely on. Partitions of the same number in different topics share a segment; with as many segments as
 * partitions (a power of two spreads them evenly) every segment gets its share.
 */
public final class PartitionSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object partition = event.getMetaData().get(RecordedEvent.PARTITION);
        if (partition == null) {
            throw new IllegalArgumentException("Event " + event.getIdentifier() + " was not read from Kafka");
        }
        return partition;
    }
}
