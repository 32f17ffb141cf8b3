package org.haian.strata.platform.messaging;

import java.util.List;
import java.util.function.BiFunction;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.haian.strata.contract.TownshipEvent;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.township.Deployments;

/**
 * A deployment stores events only of the townships it serves ({@link Deployments}): an event of another township
 * is refused as it is applied, inside the command that caused it, so the command stores nothing and its caller
 * learns which deployment keeps that township's records. Checked on the event, not on each command, because the
 * event is what says which township a record belongs to (a registration, a move), in every service alike.
 */
public class ServedTownshipsOnly implements MessageDispatchInterceptor<EventMessage<?>> {

    private final Deployments deployments;

    public ServedTownshipsOnly(Deployments deployments) {
        this.deployments = deployments;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            if (event.getPayload() instanceof TownshipEvent scoped && scoped.township() != null
                    && !deployments.serves(scoped.township())) {
                throw CommandRefused.servedElsewhere(scoped.township(),
                        deployments.servedBy(scoped.township()).orElseThrow());
            }
            return event;
        };
    }
}
