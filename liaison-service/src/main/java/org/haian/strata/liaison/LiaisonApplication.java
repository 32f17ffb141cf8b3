package org.haian.strata.liaison;

import java.util.Map;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaEventPublisher;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.haian.strata.contract.EventMetadata;
import org.haian.strata.contract.Topics;
import org.haian.strata.contract.liaison.CadreRegistered;
import org.haian.strata.contract.liaison.ContactLogged;
import org.haian.strata.contract.liaison.MemberRemoved;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonProfileUpdated;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.platform.ServiceLauncher;
import org.haian.strata.platform.messaging.PublishedTopic;
import org.haian.strata.platform.personaldata.PersonalDataCodec;
import org.haian.strata.platform.personaldata.PersonalDataUpcaster;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The "3" mechanisms (一横一纵一网): registry, listed liaison, joint conference, association network and bases. */
@SpringBootApplication
public class LiaisonApplication {

    public static void main(String[] args) {
        ServiceLauncher.run(LiaisonApplication.class, args);
    }

    /**
     * Up to revision 1 these events held their personal fields in clear; read at revision 2, they are sealed on
     * the way in, with a key made for each person who had none (an upgrade needs no manual step).
     */
    @Bean
    PersonalDataUpcaster personalDataStoredInClear(PersonalDataCodec codec) {
        PersonalDataUpcaster.Step oneToTwo = new PersonalDataUpcaster.Step("1", "2");
        return new PersonalDataUpcaster(codec, Map.of(PersonRegistered.class, oneToTwo,
                PersonProfileUpdated.class, oneToTwo, ContactLogged.class, oneToTwo, PersonArchived.class, oneToTwo,
                MemberRemoved.class, oneToTwo, CadreRegistered.class, oneToTwo));
    }

    /** An imported row's registration, and its withdrawal, carry their bulk import into their events. */
    @Bean
    CorrelationDataProvider importBatch() {
        return new SimpleCorrelationDataProvider(EventMetadata.IMPORT_BATCH);
    }

    /**
     * The publisher takes the event store's events in batches, waiting for Kafka's acks of a batch at once and
     * storing its token once: one by one, the 4,000 events of a bulk import reached Kafka (and so analytics) at
     * about 35 a second. Publication stays at least once; consumers are idempotent anyway.
     */
    @Bean
    ConfigurerModule publisherTakesEventsInBatches() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                KafkaEventPublisher.DEFAULT_PROCESSING_GROUP,
                axon -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(100));
    }

    /** Every event of this bounded context goes to its one topic. */
    @Bean
    PublishedTopic liaisonTopic() {
        return new PublishedTopic(Topics.LIAISON);
    }
}
