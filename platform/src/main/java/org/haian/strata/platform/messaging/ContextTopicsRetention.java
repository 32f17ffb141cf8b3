package org.haian.strata.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * {@code /actuator/health} is DOWN while an existing context topic does not keep its events for ever: the read
 * models are rebuilt from the whole history, and a topic with a retention limit (or compaction) loses it. The
 * message names each such topic and what it keeps. A cluster that cannot be asked makes the check UNKNOWN, which
 * leaves the service UP: whether Kafka is reachable is another question, and publication waits for it anyway.
 * Asked at most every {@value #SECONDS_BETWEEN_CHECKS} seconds, as topic settings rarely change.
 */
public class ContextTopicsRetention implements HealthIndicator {

    static final long SECONDS_BETWEEN_CHECKS = 30;

    private final KafkaTopics topics;
    private final List<String> contextTopics;
    private final Clock clock;
    private Health last;
    private Instant checkedAt = Instant.MIN;

    public ContextTopicsRetention(KafkaTopics topics, List<String> contextTopics, Clock clock) {
        this.topics = topics;
        this.contextTopics = List.copyOf(contextTopics);
        this.clock = clock;
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (last == null || now.isAfter(checkedAt.plus(Duration.ofSeconds(SECONDS_BETWEEN_CHECKS)))) {
            last = check();
            checkedAt = now;
        }
        return last;
    }

    private Health check() {
        Map<String, Map<String, String>> retention;
        try {
            retention = topics.retentionOf(contextTopics);
        } catch (IllegalStateException e) {
            return Health.unknown().withDetail("reason", "Kafka could not be asked: " + e.getMessage()).build();
        }
        List<String> finite = new ArrayList<>();
        retention.forEach((topic, kept) -> {
            if (!kept.equals(KafkaTopics.KEEP_FOREVER)) {
                finite.add(topic + " " + kept);
            }
        });
        if (finite.isEmpty()) {
            return Health.up().withDetail("topics", retention).build();
        }
        return Health.down().withDetail("topics", retention).withDetail("reason", "Context topics must keep every "
                + "event for ever (" + KafkaTopics.KEEP_FOREVER + "), since the read models are rebuilt from them; "
                + "these do not: " + String.join("; ", finite)).build();
    }
}
