package org.haian.strata.analytics.projection;

import java.util.function.Supplier;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.haian.strata.analytics.engine.Processors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The figure sources' processors in this instance, which the read side starts once the source's live
 * generation is loaded and stops while a rebuild takes over their positions (they do not start by themselves).
 */
public final class TrackingProcessors implements Processors {

    private static final Logger log = LoggerFactory.getLogger(TrackingProcessors.class);

    private final Supplier<EventProcessingConfiguration> processing;

    /** @param processing Axon's processors, which exist only once Axon is configured, after the read side */
    public TrackingProcessors(Supplier<EventProcessingConfiguration> processing) {
        this.processing = processing;
    }

    @Override
    public void run(String source, boolean running) {
        StreamingEventProcessor processor = processing.get().eventProcessor(source, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No processor for figure source " + source));
        if (running && !processor.isRunning()) {
            processor.start();
            log.info("Processor {} started", source);
        } else if (!running && processor.isRunning()) {
            processor.shutDown();
            log.info("Processor {} stopped", source);
        }
    }
}
