package org.haian.strata.platform.history;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventMessage;
import org.haian.strata.contract.EventMetadata;

/**
 * One step in a record's history: what happened (the event and its content), when, who did it, and the request it
 * came from.
 */
public record HistoryEntry(long sequence, String event, Instant at, String actingUser, String requestId,
                           String township, Object change) {

    static HistoryEntry of(DomainEventMessage<?> event) {
        return new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(), event.getTimestamp(),
                (String) event.getMetaData().get(EventMetadata.ACTING_USER),
                (String) event.getMetaData().get(EventMetadata.REQUEST_ID),
                (String) event.getMetaData().get(EventMetadata.TOWNSHIP),
                event.getPayload());
    }
}
