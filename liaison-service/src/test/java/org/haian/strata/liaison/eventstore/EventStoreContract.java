package org.haian.strata.liaison.eventstore;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.EventMetadata;
import org.haian.strata.contract.Topics;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.liaison.api.people.RegisterPerson;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.testsupport.TopicRecords;
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
    @Autowired
    EventProcessingConfiguration processing;

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

    /**
     * The web layer looks a registration up before sending it; two at once can both pass that look-up. The unique
     * key of the identity table, written in the command's own transaction, still stops the second.
     */
    @Test
    void aDuplicatePersonThatSlipsPastTheLookupFailsOnTheUniqueKeyAndStoresNothing() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String organisation = "Yazhou Weaving " + first;
        send(new RegisterPerson(first, "Zhou Lan", Category.INTERMEDIARY, "yazhou", organisation, null));

        assertThatThrownBy(() -> send(new RegisterPerson(second, " zhou   LAN", Category.NEW_MEDIA, "yazhou",
                organisation.toUpperCase(), null))).isInstanceOfSatisfying(CommandRefused.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(CommandRefused.Kind.CONFLICT);
                    assertThat(refusal.existing().id()).isEqualTo(first);
                });
        assertThat(eventStore.readEvents(second).asStream().count()).isZero();
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

    /** The dead-letter table is made for the database at hand (PostgreSQL has no BLOB) and keeps what it is given. */
    @Test
    void deadLettersAreKeptInTheSameDatabase() {
        String personId = UUID.randomUUID().toString();
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue("person-directory").orElseThrow();
        queue.enqueue(personId, new GenericDeadLetter<>(personId, new GenericDomainEventMessage<>("Person", personId,
                0, registered(personId)), new IllegalStateException("a test of the queue")));

        assertThat(queue.contains(personId)).isTrue();
        DeadLetter<? extends EventMessage<?>> kept = queue.deadLetterSequence(personId).iterator().next();
        assertThat(kept.message().getPayload()).isEqualTo(registered(personId));
        assertThat(kept.cause().orElseThrow().message()).isEqualTo("a test of the queue");
        queue.evict(kept);
        assertThat(queue.contains(personId)).isFalse();
    }

    private String register() {
        String personId = UUID.randomUUID().toString();
        register(personId);
        return personId;
    }

    private void register(String personId) {
        send(new RegisterPerson(personId, nameOf(personId), Category.ENTERPRISE_STAFF, "yazhou",
                "Yazhou Rural E-commerce", "Founder"));
    }

    private void send(RegisterPerson command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(MetaData.with(EventMetadata.ACTING_USER, "registrar")
                        .and(EventMetadata.REQUEST_ID, "request-" + command.personId())));
    }

    private static PersonRegistered registered(String personId) {
        return new PersonRegistered(personId, nameOf(personId), Category.ENTERPRISE_STAFF, "yazhou",
                "Yazhou Rural E-commerce", "Founder");
    }

    /** Someone new for each id: a person is registered once per name, organisation and township. */
    private static String nameOf(String personId) {
        return "Wang Shirong " + personId;
    }
}
