package org.haian.strata.platform.personaldata;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.haian.strata.contract.Topics;
import org.haian.strata.platform.messaging.PublishedTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal data encrypted per person in every service (see {@link PersonalDataSerializer}). Before Axon's own
 * configuration, so that its event serializer is this one.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class PersonalDataAutoConfiguration {

    @Bean
    PersonalDataKeys personalDataKeys(JdbcTemplate jdbc, Clock clock) {
        return new PersonalDataKeys(jdbc, clock);
    }

    /** A service holds the keys of, and reads in clear, the events of its own context only. */
    @Bean
    PersonalDataCodec personalDataCodec(PersonalDataKeys keys, ObjectMapper json,
                                        ObjectProvider<PublishedTopic> published) {
        PublishedTopic topic = published.getIfAvailable();
        String ownPackage = topic == null ? null : Topics.CONTRACT_PACKAGE + "." + Topics.contextOf(topic.name());
        return new PersonalDataCodec(keys, json, type -> type.getPackageName().equals(ownPackage));
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(ObjectMapper json, RevisionResolver revisions, PersonalDataCodec codec) {
        return new PersonalDataSerializer(JacksonSerializer.builder().objectMapper(json).revisionResolver(revisions)
                .build(), codec);
    }

    /** Only a service with a context of its own holds personal data to forget; analytics keeps none. */
    @Bean
    @ConditionalOnBean(PublishedTopic.class)
    ForgottenPeople forgottenPeople(PersonalDataKeys keys) {
        return new ForgottenPeople(keys);
    }
}
