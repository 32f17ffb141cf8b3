package org.haian.strata.liaison.domain;

import java.time.LocalDate;
import java.util.Map;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.EventMetadata;
import org.haian.strata.contract.liaison.ArrangementBody;
import org.haian.strata.contract.liaison.ArrangementLevel;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.LiaisonAssigned;
import org.haian.strata.contract.liaison.LiaisonEnded;
import org.haian.strata.contract.liaison.OrganisationKind;
import org.haian.strata.contract.liaison.OrganisationRegistered;
import org.haian.strata.contract.liaison.OrganisationRegistrationWithdrawn;
import org.haian.strata.contract.liaison.OrganisationUpdated;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contract.liaison.PersonRegistrationWithdrawn;
import org.haian.strata.contract.liaison.PoliticalArrangementRecorded;
import org.haian.strata.contract.liaison.RepresentativeFigureDesignated;
import org.haian.strata.contract.liaison.RepresentativeFigureWithdrawn;
import org.haian.strata.liaison.api.organisations.UpdateOrganisation;
import org.haian.strata.liaison.api.organisations.WithdrawOrganisationRegistration;
import org.haian.strata.liaison.api.people.ArchivePerson;
import org.haian.strata.liaison.api.people.DesignateRepresentativeFigure;
import org.haian.strata.liaison.api.people.WithdrawPersonRegistration;
import org.haian.strata.platform.domain.TownshipScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.NOT_FOUND;
import static org.haian.strata.platform.domain.Refusal.refused;

/** Undoing a bulk import (批量导入): a registration it made is withdrawn by a compensating event, and only such. */
class RegistrationWithdrawalTest {

    private static final String BATCH = "batch-1";
    private static final String PERSON = "p-1";
    private static final String ORGANISATION = "o-1";
    private static final PersonRegistered REGISTERED = new PersonRegistered(PERSON, "Lu Kehu",
            Category.ENTERPRISE_STAFF, "libao", "Libao Elites", "CTO");
    private static final OrganisationRegistered OUTLET = new OrganisationRegistered(ORGANISATION, "Haian Online",
            OrganisationKind.MEDIA_OUTLET, Category.NEW_MEDIA, "libao", 12, 80, 56_000);

    /** The event as an import stored it: with its batch in the metadata. */
    private static GenericDomainEventMessage<?> imported(String aggregate, Object event, long sequence) {
        return new GenericDomainEventMessage<>(event instanceof PersonRegistered ? "Person" : "Organisation",
                aggregate, sequence, event,
                MetaData.with(EventMetadata.IMPORT_BATCH, BATCH));
    }

    private AggregateTestFixture<Person> people;
    private AggregateTestFixture<Organisation> organisations;

    @BeforeEach
    void setUp() {
        people = new AggregateTestFixture<>(Person.class);
        organisations = new AggregateTestFixture<>(Organisation.class);
    }

    @Test
    void anImportedRegistrationIsWithdrawnWithItsBatch() {
        people.given(imported(PERSON, REGISTERED, 0))
                .when(new WithdrawPersonRegistration(PERSON, BATCH))
                .expectEvents(new PersonRegistrationWithdrawn(PERSON, "libao", Category.ENTERPRISE_STAFF, BATCH));
    }

    @Test
    void aRegistrationOfAnotherImportOrOfNoneIsNotWithdrawn() {
        people.given(imported(PERSON, REGISTERED, 0))
                .when(new WithdrawPersonRegistration(PERSON, "batch-2"))
                .expectException(refused(CONFLICT, "personId", "was not registered by this import"))
                .expectNoEvents();
        people.given(REGISTERED)
                .when(new WithdrawPersonRegistration(PERSON, BATCH))
                .expectException(refused(CONFLICT, "personId", "was not registered by this import"))
                .expectNoEvents();
    }

    @Test
    void aPersonSomeoneBuiltOnSinceIsKept() {
        String reason = "has listed liaison, a representative-figure designation or a political arrangement "
                + "recorded since the import: archive the person instead";
        people.given(imported(PERSON, REGISTERED, 0), new LiaisonAssigned(PERSON, "libao",
                        Category.ENTERPRISE_STAFF, "cadre-libao", CadreLevel.TOWNSHIP, LocalDate.of(2026, 1, 5), 1))
                .when(new WithdrawPersonRegistration(PERSON, BATCH))
                .expectException(refused(CONFLICT, "personId", reason)).expectNoEvents();
        people.given(imported(PERSON, REGISTERED, 0),
                        new RepresentativeFigureDesignated(PERSON, "libao", Category.ENTERPRISE_STAFF))
                .when(new WithdrawPersonRegistration(PERSON, BATCH))
                .expectException(refused(CONFLICT, "personId", reason)).expectNoEvents();
        people.given(imported(PERSON, REGISTERED, 0), new PoliticalArrangementRecorded(PERSON, "libao",
                        Category.ENTERPRISE_STAFF, ArrangementBody.CPPCC, ArrangementLevel.CITY, null,
                        LocalDate.of(2022, 1, 1), null, 1))
                .when(new WithdrawPersonRegistration(PERSON, BATCH))
                .expectException(refused(CONFLICT, "personId", reason)).expectNoEvents();
    }

    @Test
    void whatWasUndoneBeforeIsUndoneAgainWithNothingMore() {
        people.given(imported(PERSON, REGISTERED, 0), new LiaisonAssigned(PERSON, "libao",
                                Category.ENTERPRISE_STAFF, "cadre-libao", CadreLevel.TOWNSHIP,
                                LocalDate.of(2026, 1, 5), 1),
                        new LiaisonEnded(PERSON, "libao", Category.ENTERPRISE_STAFF, "cadre-libao",
                                CadreLevel.TOWNSHIP, 0),
                        new RepresentativeFigureDesignated(PERSON, "libao", Category.ENTERPRISE_STAFF),
                        new RepresentativeFigureWithdrawn(PERSON, "libao", Category.ENTERPRISE_STAFF),
                        new PersonRegistrationWithdrawn(PERSON, "libao", Category.ENTERPRISE_STAFF, BATCH))
                .when(new WithdrawPersonRegistration(PERSON, BATCH))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anArchivedPersonIsNotWithdrawnAndAWithdrawnOneTakesNoChange() {
        people.given(imported(PERSON, REGISTERED, 0),
                        new PersonArchived(PERSON, "libao", Category.ENTERPRISE_STAFF, "left", false, 0))
                .when(new WithdrawPersonRegistration(PERSON, BATCH))
                .expectException(refused(CONFLICT, "personId", "is archived")).expectNoEvents();
        people.given(imported(PERSON, REGISTERED, 0),
                        new PersonRegistrationWithdrawn(PERSON, "libao", Category.ENTERPRISE_STAFF, BATCH))
                .when(new DesignateRepresentativeFigure(PERSON))
                .expectException(refused(CONFLICT, "personId", "was withdrawn with the import that registered "
                        + "them"))
                .expectNoEvents();
        people.given(imported(PERSON, REGISTERED, 0),
                        new PersonRegistrationWithdrawn(PERSON, "libao", Category.ENTERPRISE_STAFF, BATCH))
                .when(new ArchivePerson(PERSON, "left"))
                .expectException(refused(CONFLICT, "personId", "was withdrawn with the import that registered "
                        + "them"))
                .expectNoEvents();
    }

    @Test
    void anotherTownshipsOfficerCannotUndoIt() {
        people.given(imported(PERSON, REGISTERED, 0))
                .when(new WithdrawPersonRegistration(PERSON, BATCH), Map.of(TownshipScope.METADATA, "qutang"))
                .expectException(refused(NOT_FOUND, "personId", "no such record"))
                .expectNoEvents();
    }


    @Test
    void anImportedOrganisationIsWithdrawnWithTheDetailsItHasNow() {
        organisations.given(imported(ORGANISATION, OUTLET, 0),
                        new OrganisationUpdated(ORGANISATION, "Haian Online", OrganisationKind.MEDIA_OUTLET,
                                Category.NEW_MEDIA, "qutang", 20, 80, 40_000, Category.NEW_MEDIA, "libao", 12,
                                56_000))
                .when(new WithdrawOrganisationRegistration(ORGANISATION, BATCH))
                .expectEvents(new OrganisationRegistrationWithdrawn(ORGANISATION, OrganisationKind.MEDIA_OUTLET,
                        Category.NEW_MEDIA, "qutang", 20, 40_000, BATCH));
    }

    @Test
    void anOrganisationOfAnotherImportOrOfNoneIsNotWithdrawn() {
        organisations.given(OUTLET)
                .when(new WithdrawOrganisationRegistration(ORGANISATION, BATCH))
                .expectException(refused(CONFLICT, "organisationId", "was not registered by this import"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnOrganisationTakesNoChangeAndIsWithdrawnOnce() {
        OrganisationRegistrationWithdrawn withdrawn = new OrganisationRegistrationWithdrawn(ORGANISATION,
                OrganisationKind.MEDIA_OUTLET, Category.NEW_MEDIA, "libao", 12, 56_000, BATCH);
        organisations.given(imported(ORGANISATION, OUTLET, 0), withdrawn)
                .when(new UpdateOrganisation(ORGANISATION, "Haian Online", Category.NEW_MEDIA, "libao", 13, 80,
                        56_000))
                .expectException(refused(CONFLICT, "organisationId", "was withdrawn with the import that "
                        + "registered it"))
                .expectNoEvents();
        organisations.given(imported(ORGANISATION, OUTLET, 0), withdrawn)
                .when(new WithdrawOrganisationRegistration(ORGANISATION, BATCH))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
