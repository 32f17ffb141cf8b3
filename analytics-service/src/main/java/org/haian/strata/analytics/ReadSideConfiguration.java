package org.haian.strata.analytics;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.Fetcher;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.haian.strata.analytics.engine.ContextTopics;
import org.haian.strata.analytics.engine.FigureSource;
import org.haian.strata.analytics.engine.Infrastructure;
import org.haian.strata.analytics.engine.KeyedCounting;
import org.haian.strata.analytics.engine.ReadSide;
import org.haian.strata.analytics.engine.Settings;
import org.haian.strata.analytics.kafka.PartitionSequencingPolicy;
import org.haian.strata.analytics.kafka.RecordPositionConverter;
import org.haian.strata.analytics.projection.FigureSourceHandler;
import org.haian.strata.analytics.projection.OnDemandPooledProcessor;
import org.haian.strata.analytics.projection.TrackingProcessors;
import org.haian.strata.contract.Topics;
import org.haian.strata.platform.messaging.ArrivalOrderBuffer;
import org.haian.strata.platform.messaging.ContextEventsSource;
import org.haian.strata.platform.messaging.KafkaTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The read side's wiring: one pooled streaming processor per figure source over every context topic (batches of
 * {@code haian.analytics.batch-size}; an {@link org.haian.strata.analytics.engine.EventCounting} source in
 * {@code haian.analytics.segments} segments sequenced by partition, a {@link KeyedCounting} source in one), a token
 * store whose claims name this instance, and the read side's watch every {@code haian.analytics.watch-interval}.
 */
@Configuration(proxyBeanMethods = false)
class ReadSideConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReadSideConfiguration.class);

    @Bean
    Settings readSideSettings(@Value("${haian.analytics.instance}") String instance,
                              @Value("${haian.analytics.segments}") int segments) {
        return new Settings(instance.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : instance, segments);
    }

    /** Axon's JDBC token store, with this instance's name on its claims, so that instances share the segments. */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, @Qualifier("serializer") Serializer serializer,
                          Settings settings,
                          @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claim) {
        return JdbcTokenStore.builder().connectionProvider(connectionProvider).schema(new TokenSchema())
                .serializer(serializer).nodeId(settings.instance()).claimTimeout(claim).build();
    }

    /** The events of all three contexts, with where each was read, for the figure sources' processors. */
    @Bean
    StreamableMessageSource<TrackedEventMessage<?>> contextEvents(
            @Qualifier("eventSerializer") Serializer eventSerializer,
            ConsumerFactory<String, byte[]> axonKafkaConsumerFactory,
            Fetcher<String, byte[], KafkaEventMessage> kafkaFetcher,
            KafkaMessageConverter<String, byte[]> kafkaMessageConverter,
            KafkaTopics topics, @Value("${haian.analytics.batch-size}") int batchSize) {
        StreamableKafkaMessageSource<String, byte[]> kafka = StreamableKafkaMessageSource.<String, byte[]>builder()
                .topics(Topics.ALL)
                .serializer(eventSerializer)
                .consumerFactory(axonKafkaConsumerFactory)
                .fetcher(kafkaFetcher)
                .messageConverter(new RecordPositionConverter(kafkaMessageConverter))
                // Room for a few batches, so that the fetcher fills the next one while the last is written.
                .bufferFactory(() -> new ArrivalOrderBuffer(4 * batchSize))
                .build();
        return new ContextEventsSource(kafka, topics, Topics.ALL);
    }

    @Bean(destroyMethod = "close")
    ReadSide readSide(List<FigureSource> sources, MongoDatabase readModels, KafkaProperties kafka,
                      KafkaMessageConverter<String, byte[]> kafkaMessageConverter, KafkaTopics topics,
                      TokenStore tokenStore, TransactionManager transactions,
                      ObjectProvider<EventProcessingConfiguration> processing, Clock clock, Settings settings) {
        Map<String, Object> consumer = new HashMap<>(kafka.buildConsumerProperties());
        consumer.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        consumer.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        ContextTopics contextTopics = new ContextTopics(Topics.ALL,
                () -> new KafkaConsumer<>(consumer, new StringDeserializer(), new ByteArrayDeserializer()),
                new RecordPositionConverter(kafkaMessageConverter), () -> topics.ensureExist(Topics.ALL));
        return new ReadSide(sources, new Infrastructure(readModels, contextTopics, tokenStore, transactions,
                new TrackingProcessors(processing::getObject), clock), settings);
    }

    @Bean
    ConfigurerModule figureProcessors(List<FigureSource> sources, ObjectProvider<ReadSide> readSide, Clock clock,
                                      Settings settings,
                                      @Qualifier("contextEvents")
                                      ObjectProvider<StreamableMessageSource<TrackedEventMessage<?>>> events,
                                      @Value("${haian.analytics.threads}") int threads,
                                      @Value("${haian.analytics.batch-size}") int batchSize) {
        return configurer -> sources.forEach(source -> {
            FigureSourceHandler handler = new FigureSourceHandler(source.name(), readSide::getObject, clock.getZone());
            boolean keyed = source instanceof KeyedCounting<?>;
            configurer.eventProcessing()
                    .registerEventHandler(c -> handler)
                    .assignHandlerInstancesMatching(source.name(), candidate -> candidate == handler)
                    .registerEventProcessor(source.name(), (name, c, handlers) -> OnDemandPooledProcessor.of(name, c,
                            handlers, events.getObject(), keyed ? 1 : settings.segments(), keyed ? 1 : threads,
                            batchSize))
                    .registerSequencingPolicy(source.name(), c -> new PartitionSequencingPolicy());
        });
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService readSideWatch() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "analytics-watch");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts watching once the application is ready, and keeps watching whatever a single round runs into. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> watchTheReadSide(
            ReadSide readSide, ScheduledExecutorService readSideWatch,
            @Value("${haian.analytics.watch-interval}") Duration every) {
        return ready -> readSideWatch.scheduleWithFixedDelay(() -> {
            try {
                readSide.watch();
            } catch (RuntimeException e) {
                log.warn("Watching the read side failed this time; trying again: {}", e.toString());
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops watching before Axon stops the processors, so that the watch does not start them again. */
    @Bean
    ApplicationListener<ContextClosedEvent> stopWatchingTheReadSide(ScheduledExecutorService readSideWatch) {
        return closed -> readSideWatch.shutdownNow();
    }
}
