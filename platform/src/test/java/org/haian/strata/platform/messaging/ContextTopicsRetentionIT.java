package org.haian.strata.platform.messaging;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.haian.strata.infra.EmbeddedInfrastructure;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** On the real embedded broker: the topics a service creates keep their events for ever, and others are reported. */
@ExtendWith(EmbeddedInfraExtension.class)
class ContextTopicsRetentionIT {

    private static final String SEVEN_DAYS = String.valueOf(TimeUnit.DAYS.toMillis(7));

    private Map<String, Object> client;
    private KafkaTopics topics;

    @BeforeEach
    void setUp(EmbeddedInfrastructure infrastructure) {
        client = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafka().bootstrapServers());
        topics = new KafkaTopics(client, 3, (short) 1);
    }

    @Test
    void aContextTopicTheServiceCreatesKeepsEveryEventForEver() {
        String topic = "test.created-" + UUID.randomUUID();

        topics.ensureExist(List.of(topic));

        assertThat(topics.retentionOf(List.of(topic))).containsEntry(topic, KafkaTopics.KEEP_FOREVER);
        assertThat(health(topic).getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void anExistingTopicWithFiniteRetentionMakesTheServiceUnhealthyAndSaysWhich() throws Exception {
        String finite = "test.finite-" + UUID.randomUUID();
        String forever = "test.forever-" + UUID.randomUUID();
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(finite, 1, (short) 1)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, SEVEN_DAYS)))).all().get();
        }
        topics.ensureExist(List.of(finite, forever));

        Health health = health(finite, forever);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((String) health.getDetails().get("reason")).contains(finite).contains(SEVEN_DAYS)
                .doesNotContain(forever);
    }

    @Test
    void topicsThatDoNotExistYetAreNoProblem() {
        assertThat(health("test.missing-" + UUID.randomUUID()).getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aClusterThatCannotBeAskedLeavesTheVerdictUnknown() {
        KafkaTopics unreachable = new KafkaTopics(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                "localhost:" + EmbeddedInfrastructure.freePort()), 3, (short) 1);

        assertThat(new ContextTopicsRetention(unreachable, List.of("any"), Clock.systemUTC()).health().getStatus())
                .isEqualTo(Status.UNKNOWN);
    }

    private Health health(String... contextTopics) {
        return new ContextTopicsRetention(topics, List.of(contextTopics), Clock.systemUTC()).health();
    }
}
