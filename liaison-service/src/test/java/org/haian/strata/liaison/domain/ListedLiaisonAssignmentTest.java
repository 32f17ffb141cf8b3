package org.haian.strata.liaison.domain;

import java.time.LocalDate;
import java.util.Map;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.CadreRegistered;
import org.haian.strata.contract.liaison.LiaisonAssigned;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.liaison.api.listedliaison.AssignCadre;
import org.haian.strata.platform.domain.TownshipScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.haian.strata.platform.domain.CommandRefused.Kind.NOT_FOUND;
import static org.haian.strata.platform.domain.Refusal.refused;

/**
 * An assignment is of a registered cadre the caller may reach, with the level the registry holds
 * ({@link ListedLiaisonAssignment}). The person runs in Axon's fixture; the cadres are a real event-sourced
 * repository over an in-memory event store, loaded as in the service.
 */
class ListedLiaisonAssignmentTest {

    private static final LocalDate SINCE = LocalDate.of(2024, 3, 1);
    private static final PersonRegistered IN_LIBAO = new PersonRegistered("p-1", "Lu Kehu", Category.ENTERPRISE_STAFF,
            "libao", "Libao Elites", null);

    private EmbeddedEventStore registry;
    private AggregateTestFixture<Person> fixture;

    @BeforeEach
    void setUp() {
        registry = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        EventSourcingRepository<Cadre> cadres = EventSourcingRepository.builder(Cadre.class).eventStore(registry)
                .build();
        fixture = new AggregateTestFixture<>(Person.class);
        fixture.registerAnnotatedCommandHandler(new ListedLiaisonAssignment(cadres, fixture.getRepository()));
        cadre(new CadreRegistered("mayor", "Mayor", CadreLevel.CITY_LEADERSHIP, null, "mayor"));
        cadre(new CadreRegistered("deputy-qutang", "Deputy", CadreLevel.TOWNSHIP, "qutang", null));
    }

    @AfterEach
    void tearDown() {
        registry.shutDown();
    }

    @Test
    void theCadreIsAssignedWithTheLevelTheRegistryHolds() {
        fixture.given(IN_LIBAO)
                .when(new AssignCadre("p-1", "mayor", SINCE))
                .expectEvents(new LiaisonAssigned("p-1", "libao", Category.ENTERPRISE_STAFF, "mayor",
                        CadreLevel.CITY_LEADERSHIP, SINCE, 1));
    }

    @Test
    void aCadreWhoIsNotRegisteredIsNotFound() {
        fixture.given(IN_LIBAO)
                .when(new AssignCadre("p-1", "nobody", SINCE))
                .expectException(refused(NOT_FOUND, "cadreId", "no such record"))
                .expectNoEvents();
    }

    @Test
    void aTownshipOfficerReachesACityLevelCadreButNotAnotherTownshipsCadre() {
        fixture.given(IN_LIBAO)
                .when(new AssignCadre("p-1", "deputy-qutang", SINCE), Map.of(TownshipScope.METADATA, "libao"))
                .expectException(refused(NOT_FOUND, "cadreId", "no such record"))
                .expectNoEvents();
        fixture.given(IN_LIBAO)
                .when(new AssignCadre("p-1", "mayor", SINCE), Map.of(TownshipScope.METADATA, "libao"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anotherTownshipsPersonIsNotFoundToAnOfficer() {
        fixture.given(IN_LIBAO)
                .when(new AssignCadre("p-1", "mayor", SINCE), Map.of(TownshipScope.METADATA, "qutang"))
                .expectException(refused(NOT_FOUND, "personId", "no such record"))
                .expectNoEvents();
    }

    private void cadre(CadreRegistered registered) {
        registry.publish(new GenericDomainEventMessage<>("Cadre", registered.cadreId(), 0, registered));
    }
}
