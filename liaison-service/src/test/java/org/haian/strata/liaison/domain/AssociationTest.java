package org.haian.strata.liaison.domain;

import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.AffiliationSystem;
import org.haian.strata.contract.liaison.AssociationEstablished;
import org.haian.strata.contract.liaison.BranchKind;
import org.haian.strata.contract.liaison.BranchOpened;
import org.haian.strata.contract.liaison.MemberAdmitted;
import org.haian.strata.contract.liaison.MemberRemoved;
import org.haian.strata.liaison.api.association.EstablishAssociation;
import org.haian.strata.liaison.api.association.OpenBranch;
import org.haian.strata.liaison.api.association.RemoveMember;
import org.haian.strata.platform.domain.TownshipScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;
import static org.haian.strata.platform.domain.CommandRefused.Kind.NOT_FOUND;
import static org.haian.strata.platform.domain.Refusal.refused;

/** The association's own rules; admission, which needs the registry, is in {@link MembershipAdmissionTest}. */
class AssociationTest {

    private static final AssociationEstablished ESTABLISHED = new AssociationEstablished("xlh",
            "Hai'an New Social Strata Association");
    private static final BranchOpened LIBAO_BRANCH = new BranchOpened("xlh", "libao", "Libao branch",
            BranchKind.TOWNSHIP, "libao", null);

    private AggregateTestFixture<Association> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Association.class);
    }

    @Test
    void anAssociationIsEstablished() {
        fixture.givenNoPriorActivity()
                .when(new EstablishAssociation("xlh", " Hai'an New Social Strata Association "))
                .expectEvents(ESTABLISHED);
    }

    @Test
    void anAssociationNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new EstablishAssociation("xlh", ""))
                .expectException(refused(INVALID, "name"))
                .expectNoEvents();
    }

    // --- branches ---

    @Test
    void aTownshipBranchOpensInItsTownship() {
        fixture.given(ESTABLISHED)
                .when(new OpenBranch("xlh", "libao", "Libao branch", BranchKind.TOWNSHIP, " libao ", null))
                .expectEvents(LIBAO_BRANCH);
    }

    @Test
    void aSystemBranchOpensInItsSystem() {
        fixture.given(ESTABLISHED)
                .when(new OpenBranch("xlh", "health", "Health branch", BranchKind.SYSTEM, null,
                        AffiliationSystem.HEALTH))
                .expectEvents(new BranchOpened("xlh", "health", "Health branch", BranchKind.SYSTEM, null,
                        AffiliationSystem.HEALTH));
    }

    @Test
    void aTownshipBranchRequiresATownship() {
        fixture.given(ESTABLISHED)
                .when(new OpenBranch("xlh", "libao", "Libao branch", BranchKind.TOWNSHIP, " ", null))
                .expectException(refused(INVALID, "township"))
                .expectNoEvents();
    }

    @Test
    void aSystemBranchRequiresASystem() {
        fixture.given(ESTABLISHED)
                .when(new OpenBranch("xlh", "health", "Health branch", BranchKind.SYSTEM, null, null))
                .expectException(refused(INVALID, "system"))
                .expectNoEvents();
    }

    @Test
    void aTownshipBranchBelongsToNoSystem() {
        fixture.given(ESTABLISHED)
                .when(new OpenBranch("xlh", "libao", "Libao branch", BranchKind.TOWNSHIP, "libao",
                        AffiliationSystem.EDUCATION))
                .expectException(refused(INVALID, "system"))
                .expectNoEvents();
    }

    @Test
    void aSystemBranchBelongsToNoTownship() {
        fixture.given(ESTABLISHED)
                .when(new OpenBranch("xlh", "health", "Health branch", BranchKind.SYSTEM, "libao",
                        AffiliationSystem.HEALTH))
                .expectException(refused(INVALID, "township"))
                .expectNoEvents();
    }

    @Test
    void aBranchNeedsANameAndAKind() {
        fixture.given(ESTABLISHED)
                .when(new OpenBranch("xlh", "libao", "Libao branch", null, "libao", null))
                .expectException(refused(INVALID, "kind"))
                .expectNoEvents();
        fixture.given(ESTABLISHED)
                .when(new OpenBranch("xlh", "libao", " ", BranchKind.TOWNSHIP, "libao", null))
                .expectException(refused(INVALID, "name"))
                .expectNoEvents();
    }

    @Test
    void aBranchIsOpenedOnce() {
        fixture.given(ESTABLISHED, LIBAO_BRANCH)
                .when(new OpenBranch("xlh", "libao", "Libao branch (new)", BranchKind.TOWNSHIP, "libao", null))
                .expectException(refused(CONFLICT, "branchId"))
                .expectNoEvents();
    }

    // --- members ---

    @Test
    void aRemovedMemberLeavesTheFiguresTheyWereAdmittedTo() {
        fixture.given(ESTABLISHED, LIBAO_BRANCH,
                        new MemberAdmitted("xlh", "p-1", "libao", "libao", Category.ENTERPRISE_STAFF))
                .when(new RemoveMember("xlh", "p-1", " Left the area "))
                .expectEvents(new MemberRemoved("xlh", "p-1", "libao", "libao", Category.ENTERPRISE_STAFF,
                        "Left the area"));
    }

    @Test
    void aTownshipOfficerCannotRemoveAMemberAdmittedInAnotherTownship() {
        fixture.given(ESTABLISHED, new MemberAdmitted("xlh", "p-1", null, "libao", Category.ENTERPRISE_STAFF))
                .when(new RemoveMember("xlh", "p-1", "Left"), Map.of(TownshipScope.METADATA, "qutang"))
                .expectException(refused(NOT_FOUND, "personId", "no such record"))
                .expectNoEvents();
    }

    @Test
    void removingANonMemberIsRefused() {
        fixture.given(ESTABLISHED, new MemberAdmitted("xlh", "p-1", null, "libao", Category.ENTERPRISE_STAFF),
                        new MemberRemoved("xlh", "p-1", null, "libao", Category.ENTERPRISE_STAFF, "Left"))
                .when(new RemoveMember("xlh", "p-1", "Left again"))
                .expectException(refused(CONFLICT, "personId", "is not a member"))
                .expectNoEvents();
    }

    @Test
    void removingAMemberNeedsAReason() {
        fixture.given(ESTABLISHED, new MemberAdmitted("xlh", "p-1", null, "libao", Category.ENTERPRISE_STAFF))
                .when(new RemoveMember("xlh", "p-1", null))
                .expectException(refused(INVALID, "reason"))
                .expectNoEvents();
    }
}
