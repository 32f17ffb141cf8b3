package org.haian.strata.liaison.eventstore;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.EventMetadata;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contract.Topics;
import org.haian.strata.infra.junit.TopicRecords;
import org.haian.strata.liaison.api.RegisterPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What liaison needs from its event store, whichever database holds it: H2 in the embedded default, PostgreSQL in
 * production. Each subclass runs the same tests on one of them.
 */
abstract class EventStoreContract {

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPersonsEventIsStoredWithItsMetadataAndLoadsBack() {
        String personId = register();

        List<? extends DomainEventMessage<?>> stream = eventStore.readEvents(personId).asStream().toList();

        assertThat(stream).hasSize(1);
        assertThat(stream.get(0).getPayload()).isEqualTo(registered(personId));
        assertThat(stream.get(0).getMetaData())
                .containsEntry(EventMetadata.ACTING_USER, "registrar")
                .containsEntry(EventMetadata.REQUEST_ID, "request-" + personId)
                .containsEntry(EventMetadata.TOWNSHIP, "yazhou");
    }

    @Test
    void aSecondRegistrationUnderTheSameIdIsRefusedAndStoresNothing() {
        String personId = register();

        assertThatThrownBy(() -> register(personId)).isInstanceOf(AggregateStreamCreationException.class);
        assertThat(eventStore.readEvents(personId).asStream().count()).isEqualTo(1);
    }

    @Test
    void aStoredEventIsPublishedToKafkaFromTheStore() {
        String personId = register();

        assertThat(TopicRecords.first(System.getProperty("KAFKA_BOOTSTRAP_SERVERS"), Topics.LIAISON, personId).key())
                .isEqualTo(personId);
    }

    @Test
    void processorsKeepTheirTokensInTheSameDatabase() {
        register();

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from TokenEntry where processorName = ?", Integer.class,
                "__axon-kafka-event-publishing-group") > 0);
    }

    private String register() {
        String personId = UUID.randomUUID().toString();
        register(personId);
        return personId;
    }

    private void register(String personId) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterPerson(personId, "Wang Shirong",
                        Category.ENTERPRISE_STAFF, "yazhou", "Yazhou Rural E-commerce", "Founder"))
                .andMetaData(MetaData.with(EventMetadata.ACTING_USER, "registrar")
                        .and(EventMetadata.REQUEST_ID, "request-" + personId)));
    }

    private static PersonRegistered registered(String personId) {
        return new PersonRegistered(personId, "Wang Shirong", Category.ENTERPRISE_STAFF, "yazhou",
                "Yazhou Rural E-commerce", "Founder");
    }
}
