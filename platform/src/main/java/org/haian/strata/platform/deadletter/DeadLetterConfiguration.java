package org.haian.strata.platform.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaEventPublisher;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Every processing group of a service's projections dead-letters its poison events into Axon's JDBC sequenced
 * dead-letter queue, in the event store's database: an event whose handler fails is put aside with the reason, the
 * later events of its sequence (its aggregate, or for analytics its Kafka partition) wait behind it in the queue, and
 * every other sequence flows on. Two kinds of group have no queue: Kafka publication (an event it cannot publish must
 * hold up the ones after it, or they would reach the topic in another order), and a subscribing processor, which
 * runs in the command's own transaction so that its failure refuses the command (a duplicate registration) and
 * stores nothing.
 */
@AutoConfiguration
@Import(DeadLetterConfiguration.Web.class)
public class DeadLetterConfiguration {

    @Bean
    ConfigurerModule deadLetterQueues(EventProcessorProperties processors,
                                      ObjectProvider<ConnectionProvider> connections,
                                      ObjectProvider<TransactionManager> transactions,
                                      @Qualifier("serializer") ObjectProvider<Serializer> serializer,
                                      @Qualifier("eventSerializer") ObjectProvider<Serializer> eventSerializer) {
        return configurer -> configurer.eventProcessing()
                .registerDeadLetterQueueProvider(group -> withoutQueue(group, processors)
                        ? null
                        : axon -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                        .processingGroup(group)
                        .connectionProvider(connections.getObject())
                        .transactionManager(transactions.getObject())
                        .genericSerializer(serializer.getObject())
                        .eventSerializer(eventSerializer.getObject())
                        .build())
                .registerDefaultDeadLetterPolicy(axon -> new PoisonEventPolicy());
    }

    private static boolean withoutQueue(String group, EventProcessorProperties processors) {
        EventProcessorProperties.ProcessorSettings settings = processors.getProcessors().get(group);
        return KafkaEventPublisher.DEFAULT_PROCESSING_GROUP.equals(group)
                || (settings != null && settings.getMode() == EventProcessorProperties.Mode.SUBSCRIBING);
    }

    @Bean
    DeadLetters deadLetters(EventProcessingConfiguration processing) {
        return new DeadLetters(processing);
    }

    @Bean
    DeadLettersHealth deadLettersHealthIndicator(DeadLetters deadLetters) {
        return new DeadLettersHealth(deadLetters);
    }

    /** {@code haian_dead_letters{processing_group=...}}: the letters waiting per group, for the alert rules. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> deadLetterGauges(DeadLetters deadLetters, MeterRegistry meters) {
        return ready -> deadLetters.counts().processingGroups().keySet().forEach(group -> Gauge.builder("haian.dead.letters",
                        () -> deadLetters.count(group))
                .description("Events waiting in the processing group's dead-letter queue")
                .tag("processing_group", group)
                .register(meters));
    }

    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnProperty("haian.context")
    static class Web {

        @Bean
        DeadLettersController deadLettersController(DeadLetters deadLetters) {
            return new DeadLettersController(deadLetters);
        }
    }
}
