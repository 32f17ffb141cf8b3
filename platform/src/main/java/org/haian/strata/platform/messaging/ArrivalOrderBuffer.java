package org.haian.strata.platform.messaging;

import java.util.Collection;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.Buffer;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;

/**
 * The Kafka source's buffer between the fetcher and the processor, handing records out in the order they were
 * fetched, which keeps each partition in offset order.
 *
 * <p>Axon's default buffer sorts records by their timestamps across partitions, but each record carries the
 * tracking token of the moment it was fetched, which counts every record fetched before it, in every partition. A
 * record handed out early (an earlier timestamp, fetched later) then carries a token past records still waiting in
 * the buffer: the processor stores that token with its batch, and after a restart those records would never be
 * read. Measured here: a processor's stored positions of two partitions stayed hundreds of records behind the ones it
 * had handled. In fetch order, a record's token counts exactly the records handed out before it.
 */
public final class ArrivalOrderBuffer implements Buffer<KafkaEventMessage> {

    private static final long WAKE_UP_MILLIS = 100;

    private final BlockingQueue<KafkaEventMessage> records;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    public ArrivalOrderBuffer(int capacity) {
        this.records = new LinkedBlockingQueue<>(capacity);
    }

    @Override
    public void put(KafkaEventMessage record) throws InterruptedException {
        records.put(record);
    }

    @Override
    public void putAll(Collection<KafkaEventMessage> fetched) throws InterruptedException {
        for (KafkaEventMessage record : fetched) {
            records.put(record);
        }
    }

    /** The next record within the time, or {@code null}; throws what stopped the fetcher once none is left. */
    @Override
    public KafkaEventMessage poll(long timeout, TimeUnit unit) throws InterruptedException {
        KafkaEventMessage next = records.poll();
        if (next == null) {
            throwIfFailed();
            next = records.poll(timeout, unit);
        }
        return next;
    }

    @Override
    public KafkaEventMessage take() throws InterruptedException {
        KafkaEventMessage next = poll(WAKE_UP_MILLIS, TimeUnit.MILLISECONDS);
        while (next == null) {
            next = poll(WAKE_UP_MILLIS, TimeUnit.MILLISECONDS);
        }
        return next;
    }

    @Override
    public KafkaEventMessage peek() {
        return records.peek();
    }

    @Override
    public int size() {
        return records.size();
    }

    @Override
    public boolean isEmpty() {
        return records.isEmpty();
    }

    @Override
    public int remainingCapacity() {
        return records.remainingCapacity();
    }

    @Override
    public void clear() {
        records.clear();
    }

    @Override
    public void setException(RuntimeException exception) {
        failure.set(exception);
    }

    private void throwIfFailed() {
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
    }
}
