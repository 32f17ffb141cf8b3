package org.haian.strata.analytics;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.common.TopicPartition;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.analytics.api.CityStatistics;
import org.haian.strata.analytics.api.CityStatisticsQuery;
import org.haian.strata.analytics.api.PointInTime;
import org.haian.strata.analytics.history.GeneratedHistory;
import org.haian.strata.analytics.history.HistoryProducer;
import org.haian.strata.analytics.history.Processed;
import org.haian.strata.platform.township.Townships;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of analytics sharing one token store (and one read-model database) share the partitions, and each
 * answers the same figures as a single instance does on its own, on the real embedded broker and MongoDB-wire
 * server. The instances run in this JVM, each a Spring application of its own with its own name on its claims; the
 * token store is one H2 database they share, as two machines would share PostgreSQL.
 */
@ExtendWith(EmbeddedInfraExtension.class)
class TwoInstancesIT {

    private static final String SHARED_TOKENS = "jdbc:h2:mem:two-instances-tokens;DB_CLOSE_DELAY=-1";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void twoInstancesGiveTheSameFiguresAsOne() {
        ConfigurableApplicationContext alone = start("alone", "jdbc:h2:mem:one-instance-tokens;DB_CLOSE_DELAY=-1",
                "analytics-alone", 3);
        // Two threads each for three partitions: the first instance claims two, the second the third.
        ConfigurableApplicationContext first = start("first", SHARED_TOKENS, "analytics-shared", 2);
        await().atMost(Duration.ofSeconds(60)).until(() -> claimed(first, "liaison-registry") == 2);
        ConfigurableApplicationContext second = start("second", SHARED_TOKENS, "analytics-shared", 2);
        await().atMost(Duration.ofSeconds(60)).until(() -> claimed(second, "liaison-registry") == 1);

        Map<TopicPartition, Long> last = HistoryProducer.publish(new GeneratedHistory(11, 1_500,
                LocalDate.of(2022, 1, 1), 1_000, List.copyOf(alone.getBean(Townships.class).codes())),
                alone.getBean(KafkaMessageConverter.class), System.getProperty("KAFKA_BOOTSTRAP_SERVERS"));
        await().atMost(Duration.ofSeconds(120)).until(() -> Processed.upTo(last, List.of(alone))
                && Processed.upTo(last, List.of(first, second)));

        for (PointInTime at : List.of(PointInTime.NOW, new PointInTime(LocalDate.of(2022, 9, 30), null),
                new PointInTime(LocalDate.of(2024, 6, 30), LocalDate.of(2023, 12, 31)))) {
            CityStatistics one = city(alone, at);
            assertThat(one.figures().get("people")).isPositive();
            // Each instance shows its peer's partitions a moment after the peer wrote them.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(city(first, at)).as("the first of two, %s", at).isEqualTo(one);
                assertThat(city(second, at)).as("the second of two, %s", at).isEqualTo(one);
            });
        }
        assertThat(claimed(first, "liaison-registry") + claimed(second, "liaison-registry")).isEqualTo(3);
        assertThat(Set.of(claimed(first, "liaison-people"), claimed(second, "liaison-people")))
                .as("one instance runs the per-person source").containsExactlyInAnyOrder(0, 1);
    }

    private ConfigurableApplicationContext start(String instance, String tokens, String database, int threads) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AnalyticsApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + tokens,
                        "--spring.data.mongodb.database=" + database + "-" + RUN,
                        "--haian.analytics.instance=" + instance, "--haian.analytics.threads=" + threads);
        started.add(context);
        return context;
    }

    private static int claimed(ApplicationContext instance, String source) {
        return instance.getBean(EventProcessingConfiguration.class)
                .eventProcessor(source, StreamingEventProcessor.class).orElseThrow().processingStatus().size();
    }

    private static CityStatistics city(ApplicationContext instance, PointInTime at) {
        return instance.getBean(QueryGateway.class).query(new CityStatisticsQuery(at), CityStatistics.class).join();
    }
}
