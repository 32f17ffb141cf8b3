package org.haian.strata.liaison.domain;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.AffiliationSystem;
import org.haian.strata.contract.liaison.AssociationEstablished;
import org.haian.strata.contract.liaison.BranchKind;
import org.haian.strata.contract.liaison.BranchOpened;
import org.haian.strata.contract.liaison.MemberAdmitted;
import org.haian.strata.contract.liaison.MemberRemoved;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonCategoryChanged;
import org.haian.strata.contract.liaison.PersonMovedToTownship;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.liaison.api.association.AdmitPersonToAssociation;
import org.haian.strata.platform.domain.TownshipScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;
import static org.haian.strata.platform.domain.CommandRefused.Kind.NOT_FOUND;
import static org.haian.strata.platform.domain.Refusal.refused;

/**
 * Admission to the association is for registered people only ({@link MembershipAdmission}). The association runs in
 * Axon's fixture; the registry is a real event-sourced repository of people over an in-memory event store, so the
 * person is loaded exactly as in the service.
 */
class MembershipAdmissionTest {

    private static final AssociationEstablished ESTABLISHED = new AssociationEstablished("xlh",
            "Hai'an New Social Strata Association");
    private static final BranchOpened LIBAO_BRANCH = new BranchOpened("xlh", "libao", "Libao branch",
            BranchKind.TOWNSHIP, "libao", null);

    private final AtomicLong sequence = new AtomicLong();
    private EmbeddedEventStore registry;
    private AggregateTestFixture<Association> fixture;

    @BeforeEach
    void setUp() {
        registry = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        EventSourcingRepository<Person> people = EventSourcingRepository.builder(Person.class)
                .eventStore(registry)
                .build();
        fixture = new AggregateTestFixture<>(Association.class);
        fixture.registerAnnotatedCommandHandler(new MembershipAdmission(people, fixture.getRepository()));
        inRegistry(new PersonRegistered("p-1", "Lu Kehu", Category.ENTERPRISE_STAFF, "libao", null, null));
    }

    @AfterEach
    void tearDown() {
        registry.shutDown();
    }

    @Test
    void aRegisteredPersonIsAdmittedWithTheirTownshipAndCategoryAsTheRegistryHoldsThemNow() {
        inRegistry(new PersonMovedToTownship("p-1", "libao", "yazhou", Category.ENTERPRISE_STAFF, 0, false, 0));
        inRegistry(new PersonCategoryChanged("p-1", "yazhou", Category.ENTERPRISE_STAFF, Category.NEW_MEDIA, 0,
                false, 0));

        fixture.given(ESTABLISHED, LIBAO_BRANCH)
                .when(new AdmitPersonToAssociation("xlh", "p-1", null))
                .expectEvents(new MemberAdmitted("xlh", "p-1", null, "yazhou", Category.NEW_MEDIA));
    }

    @Test
    void aTownshipsBranchAdmitsOnlyThatTownshipsPeople() {
        inRegistry(new PersonMovedToTownship("p-1", "libao", "yazhou", Category.ENTERPRISE_STAFF, 0, false, 0));

        fixture.given(ESTABLISHED, LIBAO_BRANCH)
                .when(new AdmitPersonToAssociation("xlh", "p-1", "libao"))
                .expectException(refused(INVALID, "branchId"))
                .expectNoEvents();
    }

    @Test
    void aSystemsBranchAdmitsPeopleOfAnyTownship() {
        fixture.given(ESTABLISHED, new BranchOpened("xlh", "health", "Health branch", BranchKind.SYSTEM, null,
                        AffiliationSystem.HEALTH))
                .when(new AdmitPersonToAssociation("xlh", "p-1", "health"))
                .expectEvents(new MemberAdmitted("xlh", "p-1", "health", "libao", Category.ENTERPRISE_STAFF));
    }

    @Test
    void anIdOfAnotherKindOfRecordIsNoPersonAtAll() {
        registry.publish(new GenericDomainEventMessage<>("Association", "xlh-2", 0,
                new AssociationEstablished("xlh-2", "Another association")));

        fixture.given(ESTABLISHED)
                .when(new AdmitPersonToAssociation("xlh", "xlh-2", null))
                .expectException(refused(NOT_FOUND, "personId", "no such record"))
                .expectNoEvents();
    }

    @Test
    void aPersonMayBeAdmittedWithoutABranch() {
        fixture.given(ESTABLISHED)
                .when(new AdmitPersonToAssociation("xlh", "p-1", " "))
                .expectEvents(new MemberAdmitted("xlh", "p-1", null, "libao", Category.ENTERPRISE_STAFF));
    }

    @Test
    void onlyRegisteredPeopleAreAdmitted() {
        fixture.given(ESTABLISHED, LIBAO_BRANCH)
                .when(new AdmitPersonToAssociation("xlh", "p-404", "libao"))
                .expectException(refused(NOT_FOUND, "personId", "no such record"))
                .expectNoEvents();
    }

    @Test
    void aTownshipOfficerCannotAdmitAPersonOfAnotherTownship() {
        fixture.given(ESTABLISHED, LIBAO_BRANCH)
                .when(new AdmitPersonToAssociation("xlh", "p-1", "libao"), Map.of(TownshipScope.METADATA, "qutang"))
                .expectException(refused(NOT_FOUND, "personId", "no such record"))
                .expectNoEvents();
    }

    @Test
    void anArchivedPersonIsNotAdmitted() {
        inRegistry(new PersonArchived("p-1", "libao", Category.ENTERPRISE_STAFF, "Left the area", false, 0));

        fixture.given(ESTABLISHED, LIBAO_BRANCH)
                .when(new AdmitPersonToAssociation("xlh", "p-1", "libao"))
                .expectException(refused(CONFLICT, "personId", "is archived or forgotten"))
                .expectNoEvents();
    }

    @Test
    void aPersonIsAdmittedOnce() {
        fixture.given(ESTABLISHED, LIBAO_BRANCH,
                        new MemberAdmitted("xlh", "p-1", "libao", "libao", Category.ENTERPRISE_STAFF))
                .when(new AdmitPersonToAssociation("xlh", "p-1", null))
                .expectException(refused(CONFLICT, "personId", "is already a member"))
                .expectNoEvents();
    }

    @Test
    void aFormerMemberMayBeAdmittedAgain() {
        fixture.given(ESTABLISHED, LIBAO_BRANCH,
                        new MemberAdmitted("xlh", "p-1", "libao", "libao", Category.ENTERPRISE_STAFF),
                        new MemberRemoved("xlh", "p-1", "libao", "libao", Category.ENTERPRISE_STAFF, "Lapsed"))
                .when(new AdmitPersonToAssociation("xlh", "p-1", "libao"))
                .expectEvents(new MemberAdmitted("xlh", "p-1", "libao", "libao", Category.ENTERPRISE_STAFF));
    }

    @Test
    void anUnknownBranchIsNotFound() {
        fixture.given(ESTABLISHED, LIBAO_BRANCH)
                .when(new AdmitPersonToAssociation("xlh", "p-1", "qutang"))
                .expectException(refused(NOT_FOUND, "branchId"))
                .expectNoEvents();
    }

    @Test
    void anAdmissionNamesThePerson() {
        fixture.given(ESTABLISHED)
                .when(new AdmitPersonToAssociation("xlh", " ", null))
                .expectException(refused(INVALID, "personId"))
                .expectNoEvents();
    }

    @Test
    void anAdmissionToAnAssociationThatDoesNotExistIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new AdmitPersonToAssociation("xlh", "p-1", null))
                .expectException(refused(NOT_FOUND, "associationId"))
                .expectNoEvents();
    }

    private void inRegistry(Object event) {
        registry.publish(new GenericDomainEventMessage<>("Person", "p-1", sequence.getAndIncrement(), event));
    }
}
