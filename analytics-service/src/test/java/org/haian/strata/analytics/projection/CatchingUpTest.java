package org.haian.strata.analytics.projection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.haian.strata.analytics.api.CatchingUp;
import org.haian.strata.analytics.api.CityStatistics;
import org.haian.strata.analytics.api.CityStatisticsQuery;
import org.haian.strata.analytics.api.PointInTime;
import org.haian.strata.analytics.engine.Cell;
import org.haian.strata.analytics.engine.ContextTopics;
import org.haian.strata.analytics.engine.EventCounting;
import org.haian.strata.analytics.engine.Figure;
import org.haian.strata.analytics.engine.FigureSource;
import org.haian.strata.analytics.engine.Infrastructure;
import org.haian.strata.analytics.engine.ReadSide;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.analytics.engine.Settings;
import org.haian.strata.analytics.engine.Tally;
import org.haian.strata.analytics.figures.liaison.LiaisonRegistryFigures;
import org.haian.strata.analytics.kafka.RecordPositionConverter;
import org.haian.strata.contract.Topics;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.platform.township.Townships;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.haian.strata.contract.Category.NEW_MEDIA;

/**
 * A figure source of a new version is counted again over every past event while the others keep answering; until
 * it is done, the API leaves its figures out and says how far the counting has come, instead of a partial number.
 */
@ExtendWith(EmbeddedInfraExtension.class)
class CatchingUpTest {

    private static final int PEOPLE = 40;
    private static final TopicPartition PARTITION = new TopicPartition(Topics.LIAISON, 0);
    private static final Figure REGISTERED = new Figure("registered", Figure.Kind.FLOW, "登记", "Registrations");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T04:00:00Z"), Analytics.HAIAN);

    @Test
    void aSourceOfANewVersionIsReportedAsCatchingUpUntilItHasCountedEveryPastEvent(MongoClient client) {
        MongoDatabase database = client.getDatabase("catching-up-" + System.nanoTime());
        ReadSide first = readSide(database, new Registrations(1, new CountDownLatch(0)));
        await().atMost(Duration.ofSeconds(20)).until(() -> watched(first).catchingUp().isEmpty());
        first.close();
        assertThat(city(first).figures()).containsEntry("registered", (long) PEOPLE);

        CountDownLatch held = new CountDownLatch(1);
        ReadSide upgraded = readSide(database, new Registrations(2, held));
        await().atMost(Duration.ofSeconds(20)).until(() -> !watched(upgraded).catchingUp().isEmpty()
                && upgraded.catchingUp().get(0).rebuild() != null);

        CatchingUp catchingUp = upgraded.catchingUp().get(0);
        assertThat(catchingUp.source()).isEqualTo("registrations");
        assertThat(catchingUp.figures()).containsExactly("registered");
        assertThat(catchingUp.eventsLeft() + catchingUp.eventsDone()).isEqualTo(PEOPLE);
        CityStatistics meanwhile = city(upgraded);
        assertThat(meanwhile.figures()).doesNotContainKey("registered").containsEntry("people", (long) PEOPLE);
        assertThat(meanwhile.catchingUp()).containsExactly(catchingUp);

        held.countDown();
        await().atMost(Duration.ofSeconds(20)).until(() -> watched(upgraded).catchingUp().isEmpty());
        assertThat(city(upgraded).figures()).containsEntry("registered", (long) PEOPLE)
                .containsEntry("people", (long) PEOPLE);
        upgraded.close();
    }

    private static ReadSide watched(ReadSide readSide) {
        readSide.watch();
        return readSide;
    }

    private static CityStatistics city(ReadSide readSide) {
        Townships townships = new Townships();
        townships.getTownships().put("libao", "李堡镇");
        return new FiguresQueryHandler(readSide, townships, CLOCK).handle(new CityStatisticsQuery(PointInTime.NOW));
    }

    private static ReadSide readSide(MongoDatabase database, FigureSource registrations) {
        KafkaMessageConverter<String, byte[]> converter = new RecordPositionConverter(DefaultKafkaMessageConverter
                .builder().serializer(JacksonSerializer.builder()
                        .objectMapper(new ObjectMapper().findAndRegisterModules()).build()).build());
        ContextTopics topics = new ContextTopics(List.of(Topics.LIAISON), history(converter), converter, () -> { });
        return new ReadSide(List.of(new LiaisonRegistryFigures(), registrations), new Infrastructure(database,
                topics, new InMemoryTokenStore(), NoTransactionManager.INSTANCE, (source, running) -> { }, CLOCK),
                new Settings("catching-up-test", 1));
    }

    /** The topic as a consumer finds it: one partition with a registration per person. */
    private static Supplier<Consumer<String, byte[]>> history(KafkaMessageConverter<String, byte[]> converter) {
        return () -> {
            MockConsumer<String, byte[]> consumer = new MockConsumer<>(OffsetResetStrategy.EARLIEST);
            consumer.updatePartitions(Topics.LIAISON, List.of(new PartitionInfo(Topics.LIAISON, 0, null, null,
                    null)));
            consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
            consumer.updateEndOffsets(Map.of(PARTITION, (long) PEOPLE));
            consumer.schedulePollTask(() -> {
                for (int i = 0; i < PEOPLE; i++) {
                    ProducerRecord<String, byte[]> record = converter.createKafkaMessage(
                            new GenericDomainEventMessage<>("Person", "p" + i, 0,
                                    new PersonRegistered("p" + i, "Name", NEW_MEDIA, "libao", "Org", "Role"),
                                    MetaData.emptyInstance(), "e" + i, CLOCK.instant()), Topics.LIAISON);
                    consumer.addRecord(new ConsumerRecord<>(Topics.LIAISON, 0, i, CLOCK.millis(),
                            TimestampType.CREATE_TIME, 0, 0, record.key(), record.value(), record.headers(),
                            Optional.empty()));
                }
            });
            return consumer;
        };
    }

    /** A source that counts registrations, and at its first event in a rebuild waits until it is let go. */
    private record Registrations(int version, CountDownLatch held) implements EventCounting {

        @Override
        public String name() {
            return "registrations";
        }

        @Override
        public List<Figure> figures() {
            return List.of(REGISTERED);
        }

        @Override
        public void count(RecordedEvent event, Tally tally) {
            if (event.payload() instanceof PersonRegistered registered) {
                try {
                    held.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                tally.add(new Cell(registered.township(), registered.category()), REGISTERED, LocalDate.of(2025, 6, 1),
                        1);
            }
        }
    }
}
