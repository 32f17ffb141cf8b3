package org.haian.strata.platform.observability;

import java.time.Duration;

import org.haian.strata.platform.messaging.KafkaTopics;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * {@code kafka} in {@code /actuator/health}: whether the broker answers, within two seconds, and how many brokers the
 * cluster has. Only the overall status shows it: the readiness probe, which the supervisors
 * poll, stays on the application's own state, so a broker away for a while does not take a service out of rotation
 * (it publishes what waits in its event store once the broker is back).
 */
class KafkaHealth extends AbstractHealthIndicator {

    private static final Duration WITHIN = Duration.ofSeconds(2);

    private final KafkaTopics kafka;

    KafkaHealth(KafkaTopics kafka) {
        super("Kafka did not answer");
        this.kafka = kafka;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up().withDetail("brokers", kafka.brokers(WITHIN));
    }
}
