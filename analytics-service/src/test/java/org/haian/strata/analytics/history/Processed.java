package org.haian.strata.analytics.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.haian.strata.analytics.engine.FigureSource;
import org.haian.strata.analytics.engine.ReadSide;
import org.springframework.context.ApplicationContext;

/** Whether the figure sources' processors, across instances sharing a token store, have handled some records. */
public final class Processed {

    private Processed() {
    }

    /**
     * @param last      per partition the offset of the last record that must be handled
     * @param instances instances of analytics that share one token store
     * @return whether, for every source, every segment is claimed by one of the instances and has read past them
     */
    public static boolean upTo(Map<TopicPartition, Long> last, List<ApplicationContext> instances) {
        ApplicationContext any = instances.get(0);
        for (FigureSource source : any.getBean(ReadSide.class).sources()) {
            int segmentCount = any.getBean(TransactionManager.class).fetchInTransaction(() ->
                    any.getBean(TokenStore.class).fetchSegments(source.name())).length;
            Map<Integer, EventTrackerStatus> segments = new HashMap<>();
            for (ApplicationContext instance : instances) {
                instance.getBean(EventProcessingConfiguration.class)
                        .eventProcessor(source.name(), StreamingEventProcessor.class)
                        .ifPresent(processor -> segments.putAll(processor.processingStatus()));
            }
            boolean handled = segmentCount > 0 && segments.size() == segmentCount && segments.values().stream()
                    .allMatch(status -> status.getTrackingToken() instanceof KafkaTrackingToken token
                            && last.entrySet().stream().allMatch(end ->
                            token.getPositions().getOrDefault(end.getKey(), -1L) >= end.getValue()));
            if (!handled) {
                return false;
            }
        }
        return true;
    }
}
