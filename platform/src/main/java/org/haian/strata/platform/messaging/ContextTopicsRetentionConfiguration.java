package org.haian.strata.platform.messaging;

import java.time.Clock;

import org.haian.strata.contract.Topics;
import org.haian.strata.platform.PlatformAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/** Every service reports whether the context topics keep their events for ever ({@link ContextTopicsRetention}). */
@AutoConfiguration(after = PlatformAutoConfiguration.class)
public class ContextTopicsRetentionConfiguration {

    @Bean
    @ConditionalOnBean(KafkaTopics.class)
    ContextTopicsRetention contextTopicsRetention(KafkaTopics topics, Clock clock) {
        return new ContextTopicsRetention(topics, Topics.ALL, clock);
    }
}
