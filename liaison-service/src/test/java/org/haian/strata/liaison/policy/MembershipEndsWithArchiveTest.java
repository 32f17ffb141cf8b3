package org.haian.strata.liaison.policy;

import org.axonframework.test.saga.SagaTestFixture;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.MemberAdmitted;
import org.haian.strata.contract.liaison.MemberRemoved;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonRegistrationWithdrawn;
import org.haian.strata.liaison.api.association.RemoveMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A person who leaves the registry leaves the association: the policy, as a story of events and commands. */
class MembershipEndsWithArchiveTest {

    private static final MemberAdmitted ADMITTED = new MemberAdmitted("xlh", "p-1", "libao", "libao",
            Category.ENTERPRISE_STAFF);
    private static final PersonArchived ARCHIVED = new PersonArchived("p-1", "libao", Category.ENTERPRISE_STAFF,
            "Moved to Nantong", false, 0);

    private SagaTestFixture<MembershipEndsWithArchive> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(MembershipEndsWithArchive.class);
    }

    @Test
    void anAdmissionIsFollowedUntilTheMembershipEnds() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(ADMITTED)
                .expectActiveSagas(1)
                .expectNoDispatchedCommands();
    }

    @Test
    void archivingAMemberRemovesThemFromTheAssociationWithTheArchivesReason() {
        fixture.givenAggregate("xlh").published(ADMITTED)
                .whenAggregate("p-1").publishes(ARCHIVED)
                .expectDispatchedCommands(new RemoveMember("xlh", "p-1",
                        MembershipEndsWithArchive.REASON + "Moved to Nantong"));
    }

    @Test
    void aRegistrationWithdrawnWithItsImportRemovesTheMemberNamingTheImport() {
        fixture.givenAggregate("xlh").published(ADMITTED)
                .whenAggregate("p-1").publishes(new PersonRegistrationWithdrawn("p-1", "libao",
                        Category.ENTERPRISE_STAFF, "batch-1"))
                .expectDispatchedCommands(new RemoveMember("xlh", "p-1", MembershipEndsWithArchive.WITHDRAWN
                        + "batch-1"));
    }

    @Test
    void theRemovalEndsTheMembershipsSagaWhoeverMadeIt() {
        fixture.givenAggregate("xlh").published(ADMITTED)
                .whenAggregate("xlh").publishes(new MemberRemoved("xlh", "p-1", "libao", "libao",
                        Category.ENTERPRISE_STAFF, "Left"))
                .expectActiveSagas(0);
    }

    @Test
    void aRemovalFromAnotherAssociationLeavesThisMembershipAlone() {
        fixture.givenAggregate("xlh").published(ADMITTED)
                .whenAggregate("other").publishes(new MemberRemoved("other", "p-1", null, "libao",
                        Category.ENTERPRISE_STAFF, "Left"))
                .expectActiveSagas(1);
    }

    @Test
    void aPersonWhoWasNeverAdmittedIsArchivedWithoutAnyRemoval() {
        fixture.givenNoPriorActivity()
                .whenAggregate("p-1").publishes(ARCHIVED)
                .expectNoDispatchedCommands();
    }
}
