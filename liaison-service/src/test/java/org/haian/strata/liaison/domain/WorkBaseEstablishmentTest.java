package org.haian.strata.liaison.domain;

import java.util.Map;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.OrganisationKind;
import org.haian.strata.contract.liaison.OrganisationRegistered;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contract.liaison.WorkBaseEstablished;
import org.haian.strata.liaison.api.bases.EstablishWorkBaseOnAnchor;
import org.haian.strata.platform.domain.TownshipScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.haian.strata.platform.domain.CommandRefused.Kind.NOT_FOUND;
import static org.haian.strata.platform.domain.Refusal.refused;

/** A work base stands on an organisation of the registry that the caller may reach ({@link WorkBaseEstablishment}). */
class WorkBaseEstablishmentTest {

    private EmbeddedEventStore registry;
    private AggregateTestFixture<WorkBase> fixture;

    @BeforeEach
    void setUp() {
        registry = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        EventSourcingRepository<Organisation> organisations = EventSourcingRepository.builder(Organisation.class)
                .eventStore(registry).build();
        fixture = new AggregateTestFixture<>(WorkBase.class);
        fixture.registerAnnotatedCommandHandler(new WorkBaseEstablishment(organisations, fixture.getRepository()));
        registry.publish(new GenericDomainEventMessage<>("Organisation", "o-1", 0, new OrganisationRegistered("o-1",
                "Libao Tax Agents", OrganisationKind.INTERMEDIARY_FIRM, Category.INTERMEDIARY, "libao", 25, 60, null)));
        registry.publish(new GenericDomainEventMessage<>("Person", "p-1", 0, new PersonRegistered("p-1", "Lu Kehu",
                Category.INTERMEDIARY, "libao", null, null)));
    }

    @AfterEach
    void tearDown() {
        registry.shutDown();
    }

    @Test
    void aBaseIsEstablishedOnARegisteredOrganisation() {
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkBaseOnAnchor("b-1", "Social organisations base", Category.INTERMEDIARY,
                        "libao", "o-1"), Map.of(TownshipScope.METADATA, "libao"))
                .expectEvents(new WorkBaseEstablished("b-1", "Social organisations base", Category.INTERMEDIARY,
                        "libao", "o-1"));
    }

    @Test
    void anAnchorThatIsNoOrganisationOrOfAnotherTownshipIsNotFound() {
        for (String anchor : new String[] {"o-404", "p-1"}) {
            fixture.givenNoPriorActivity()
                    .when(new EstablishWorkBaseOnAnchor("b-1", "Base", Category.INTERMEDIARY, "libao", anchor))
                    .expectException(refused(NOT_FOUND, "anchorOrganisationId", "no such record"))
                    .expectNoEvents();
        }
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkBaseOnAnchor("b-1", "Base", Category.INTERMEDIARY, "qutang", "o-1"),
                        Map.of(TownshipScope.METADATA, "qutang"))
                .expectException(refused(NOT_FOUND, "anchorOrganisationId", "no such record"))
                .expectNoEvents();
    }
}
