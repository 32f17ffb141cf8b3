package org.haian.strata.analytics.projection;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.annotation.Nonnull;

import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessorSpanFactory;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.lifecycle.Lifecycle;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * Axon's pooled streaming processor for a figure source: one Kafka stream per source, handed out to a work package
 * per claimed segment, where a tracking processor opens a stream of every record per segment and each reads them all.
 * Unlike Axon's, it does not start with the application: the read side starts it once the source's live generation
 * is loaded, and stops it while a rebuild takes over its positions ({@link TrackingProcessors}).
 */
public final class OnDemandPooledProcessor extends PooledStreamingEventProcessor {

    private OnDemandPooledProcessor(Builder builder) {
        super(builder);
    }

    /**
     * The processor of a source, made with what Axon's configuration gives every processor of that name (error
     * handling, rollback, monitoring, token store, transactions), as Axon makes its own pooled processors.
     *
     * @param segments  the segments its tokens are split in when it first starts
     * @param threads   the segments this instance claims at most, one work package (and thread) each
     * @param batchSize the events a work package handles in one unit of work
     */
    public static OnDemandPooledProcessor of(String name, Configuration configuration, EventHandlerInvoker handlers,
                                             StreamableMessageSource<TrackedEventMessage<?>> events,
                                             int segments, int threads, int batchSize) {
        EventProcessingConfiguration processing = configuration.eventProcessingConfiguration();
        Builder builder = new Builder();
        builder.name(name)
                .eventHandlerInvoker(handlers)
                .rollbackConfiguration(processing.rollbackConfiguration(name))
                .errorHandler(processing.errorHandler(name))
                .messageMonitor(processing.messageMonitor(PooledStreamingEventProcessor.class, name))
                .messageSource(events)
                .tokenStore(processing.tokenStore(name))
                .transactionManager(processing.transactionManager(name))
                .spanFactory(configuration.getComponent(EventProcessorSpanFactory.class))
                .coordinatorExecutor(executor(configuration, 1, "Coordinator[" + name + "]"))
                .workerExecutor(executor(configuration, threads, "WorkPackage[" + name + "]"))
                .initialSegmentCount(segments)
                .maxClaimedSegments(threads)
                .batchSize(batchSize);
        return builder.build();
    }

    private static ScheduledExecutorService executor(Configuration configuration, int threads, String name) {
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(threads, new AxonThreadFactory(name));
        configuration.onShutdown(executor::shutdown);
        return executor;
    }

    @Override
    public void registerLifecycleHandlers(@Nonnull Lifecycle.LifecycleRegistry handle) {
        handle.onShutdown(Phase.INBOUND_EVENT_CONNECTORS, this::shutdownAsync);
    }

    static final class Builder extends PooledStreamingEventProcessor.Builder {

        @Override
        public OnDemandPooledProcessor build() {
            validate();
            return new OnDemandPooledProcessor(this);
        }
    }
}
