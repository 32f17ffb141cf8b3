package org.haian.strata.analytics.projection;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.haian.strata.analytics.engine.ReadSide;
import org.haian.strata.analytics.engine.RecordedEvent;

/**
 * The event handler of one figure source's processor. It only collects the events of a batch (Axon's
 * batching unit of work); the batch is written once, as the unit of work prepares to commit, before the processor
 * stores its token in the same commit. A crash between the two makes Kafka deliver the batch again, which the read
 * models' marks make harmless.
 */
public final class FigureSourceHandler {

    private final String source;
    private final Supplier<ReadSide> readSide;
    private final ZoneId haian;
    private final String batchResource;

    /** @param readSide the read side, which is made after Axon's configuration, which holds this handler */
    public FigureSourceHandler(String source, Supplier<ReadSide> readSide, ZoneId haian) {
        this.source = source;
        this.readSide = readSide;
        this.haian = haian;
        this.batchResource = "figures-batch:" + source;
    }

    /**
     * Every event of the context topics; a source ignores those it does not count. One it fails on is thrown back,
     * before it joins the batch, for the processor's dead-letter queue.
     */
    @EventHandler
    public void on(Object payload, EventMessage<?> message) {
        RecordedEvent event = RecordedEvent.of(message, haian);
        readSide.get().admit(source, event);
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        List<RecordedEvent> batch = unitOfWork.getOrComputeResource(batchResource, key -> {
            List<RecordedEvent> events = new ArrayList<>();
            unitOfWork.onPrepareCommit(committing -> readSide.get().flush(source, events));
            return events;
        });
        batch.add(event);
    }
}
