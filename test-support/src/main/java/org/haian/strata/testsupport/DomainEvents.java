package org.haian.strata.testsupport;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Events for a projection test, as their aggregates would have stored them: each with its aggregate's next sequence
 * number and a recording time, delivered through the projection's annotated handlers the way a processor delivers
 * them. An event's aggregate is its first component (every published event starts with its aggregate's id).
 */
public final class DomainEvents {

    private final Map<String, Long> sequences = new HashMap<>();
    private final Object projection;
    private Instant now = Instant.parse("2025-01-01T02:00:00Z");

    /** @param projection an object with {@code @EventHandler} methods */
    public DomainEvents(Object projection) {
        this.projection = projection;
    }

    /** The recording time of the events made from now on. */
    public DomainEvents at(Instant recordedAt) {
        this.now = recordedAt;
        return this;
    }

    /** The event as its aggregate would store it next. */
    public DomainEventMessage<?> message(Object event) {
        String aggregateId = aggregateOf(event);
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        return new GenericDomainEventMessage<>(event.getClass().getSimpleName(), aggregateId, sequence, event,
                MetaData.emptyInstance(), UUID.randomUUID().toString(), now);
    }

    /** Delivers each event once, in this order. */
    public DomainEvents deliver(Object... events) {
        for (Object event : events) {
            deliver(message(event));
        }
        return this;
    }

    /** Delivers a message (again, if it was delivered before). */
    public DomainEvents deliver(DomainEventMessage<?> message) {
        try {
            new AnnotationEventHandlerAdapter(projection).handle(message);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /**
     * Delivers the messages in this order in one unit of work, which commits after the last, as a processor
     * delivers a batch: what the handlers leave for the end of the batch is written then.
     */
    public DomainEvents deliverAsOneBatch(List<DomainEventMessage<?>> messages) {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        try {
            messages.forEach(this::deliver);
        } catch (RuntimeException e) {
            batch.rollback(e);
            throw e;
        }
        batch.commit();
        return this;
    }

    static String aggregateOf(Object event) {
        RecordComponent[] components = event.getClass().getRecordComponents();
        if (components == null || components.length == 0) {
            throw new IllegalArgumentException("Not a published event record: " + event);
        }
        try {
            return String.valueOf(components[0].getAccessor().invoke(event));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Cannot read the aggregate id of " + event, e);
        }
    }
}
