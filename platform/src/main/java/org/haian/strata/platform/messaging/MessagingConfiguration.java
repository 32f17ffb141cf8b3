package org.haian.strata.platform.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.axonframework.extensions.kafka.eventhandling.producer.TopicResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.haian.strata.contract.EventMetadata;
import org.haian.strata.platform.township.Deployments;
import org.haian.strata.platform.township.Townships;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How events get their metadata and reach Kafka, the same in every service. */
@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MessagingConfiguration.class);

    /**
     * Who acted and which outside request it was: from the command's metadata into every event it causes. It joins
     * Axon's own {@code messageOriginProvider} (causation and trace ids), which exists already because this
     * configuration runs after Axon's.
     */
    @Bean
    CorrelationDataProvider actingUserAndRequest() {
        return new SimpleCorrelationDataProvider(EventMetadata.ACTING_USER, EventMetadata.REQUEST_ID);
    }

    @Bean
    InitializingBean auditEveryCommand(CommandBus commandBus) {
        return () -> commandBus.registerHandlerInterceptor(new CommandAuditLog());
    }

    @Bean
    InitializingBean townshipMetaDataOnEveryEvent(EventBus eventBus) {
        return () -> eventBus.registerDispatchInterceptor(new TownshipMetaData());
    }

    @Bean
    InitializingBean servedTownshipsOnly(EventBus eventBus, Deployments deployments, Townships townships) {
        deployments.check(townships);
        return () -> eventBus.registerDispatchInterceptor(new ServedTownshipsOnly(deployments));
    }

    /**
     * A handler that fails makes its processor stop and retry with back-off, instead of Axon's default of logging
     * the failure and moving on, which would drop that event from the read model for good. And a handler's log
     * lines name the request and user behind the event.
     */
    @Bean
    ConfigurerModule eventHandling() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultHandlerInterceptor((c, processor) -> new MetaDataLogContext());
    }

    @Bean
    KafkaTopics kafkaTopics(KafkaProperties kafka,
                            @Value("${haian.kafka.topic-partitions}") int partitions,
                            @Value("${haian.kafka.topic-replication-factor}") short replicationFactor) {
        return new KafkaTopics(kafka.buildConsumerProperties(), partitions, replicationFactor);
    }

    @Bean
    @ConditionalOnBean(PublishedTopic.class)
    TopicResolver publishedTopicResolver(PublishedTopic topic) {
        return event -> Optional.of(topic.name());
    }

    /**
     * Creates the service's topic at start-up. If the broker is away, publication waits for it anyway (the
     * publishing processor retries), so this only warns.
     */
    @Bean
    @ConditionalOnBean(PublishedTopic.class)
    ApplicationListener<ApplicationReadyEvent> provisionPublishedTopic(KafkaTopics topics, PublishedTopic topic) {
        return ready -> {
            try {
                topics.ensureExist(List.of(topic.name()));
            } catch (IllegalStateException e) {
                log.warn("Kafka topic {} not provisioned yet; events wait in the event store until Kafka is back: {}",
                        topic.name(), e.getMessage());
            }
        };
    }

    /** Axon's converter, with the binary headers repeated as text for consumers outside the JVM. */
    @Bean
    @ConditionalOnMissingBean
    KafkaMessageConverter<String, byte[]> kafkaMessageConverter(@Qualifier("eventSerializer") Serializer eventSerializer,
                                                                org.axonframework.config.Configuration configuration) {
        EventUpcasterChain upcasters = configuration.upcasterChain() != null ? configuration.upcasterChain()
                : new EventUpcasterChain();
        return new ReadableHeaders(DefaultKafkaMessageConverter.builder().serializer(eventSerializer)
                .upcasterChain(upcasters).build());
    }

    /**
     * Axon's publisher, with a longer wait for the broker's acknowledgement than its 1 s default: a new topic's
     * first record can take longer, and every time-out means the same event is sent again.
     */
    @Bean
    @ConditionalOnProperty(name = "axon.kafka.publisher.enabled", havingValue = "true", matchIfMissing = true)
    <K, V> KafkaPublisher<K, V> kafkaPublisher(@Qualifier("eventSerializer") Serializer eventSerializer,
                                               ProducerFactory<K, V> axonKafkaProducerFactory,
                                               KafkaMessageConverter<K, V> kafkaMessageConverter,
                                               org.axonframework.config.Configuration configuration,
                                               TopicResolver topicResolver,
                                               @Value("${haian.kafka.publisher-ack-timeout}") Duration ackTimeout) {
        return KafkaPublisher.<K, V>builder()
                .serializer(eventSerializer)
                .producerFactory(axonKafkaProducerFactory)
                .messageConverter(kafkaMessageConverter)
                .messageMonitor(configuration.messageMonitor(KafkaPublisher.class, "kafkaPublisher"))
                .topicResolver(topicResolver)
                .publisherAckTimeout(ackTimeout.toMillis())
                .build();
    }
}
