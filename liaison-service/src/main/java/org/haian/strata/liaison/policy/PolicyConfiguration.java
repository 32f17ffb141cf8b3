package org.haian.strata.liaison.policy;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the policies of this service follow the event store. */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    /**
     * Axon starts a saga's processor at the head of the event store; this one starts at the beginning, so that
     * people archived before the policy existed leave the association too, the first time it runs.
     */
    @Bean
    ConfigurerModule membershipsOfArchivedPeopleFromTheStart() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                MembershipEndsWithArchive.class.getSimpleName() + "Processor",
                axon -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken));
    }
}
