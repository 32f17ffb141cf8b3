package org.haian.strata.platform.observability;

import com.mongodb.client.MongoDatabase;
import org.haian.strata.platform.messaging.KafkaTopics;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What an operator watches of every service: the MongoDB and Kafka parts of {@code /actuator/health} (Spring Boot
 * checks the event store's database itself). The metrics themselves are
 * Micrometer's, Axon's and Spring's, exposed at {@code /actuator/prometheus} ({@code haian-platform.yml} says which
 * meter answers which question); {@code observability/} holds the dashboard and alert rules built on them.
 */
@AutoConfiguration
public class ObservabilityConfiguration {

    @Bean
    MongoHealth mongoHealthIndicator(MongoDatabase readModels) {
        return new MongoHealth(readModels);
    }

    @Bean
    KafkaHealth kafkaHealthIndicator(KafkaTopics kafka) {
        return new KafkaHealth(kafka);
    }
}
