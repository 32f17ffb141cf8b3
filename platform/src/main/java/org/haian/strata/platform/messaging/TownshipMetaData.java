package org.haian.strata.platform.messaging;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.haian.strata.contract.EventMetadata;
import org.haian.strata.contract.TownshipEvent;

/**
 * Copies the township of a {@link TownshipEvent} into the event's metadata as it is published, so that the
 * stored event and its Kafka record ({@code axon-metadata-township}) name their tenant without reading the payload.
 */
public class TownshipMetaData implements MessageDispatchInterceptor<EventMessage<?>> {

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> event.getPayload() instanceof TownshipEvent scoped
                ? event.andMetaData(Map.of(EventMetadata.TOWNSHIP, scoped.township()))
                : event;
    }
}
