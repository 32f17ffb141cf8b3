package org.haian.strata.liaison.projection;

import java.time.Instant;

import com.mongodb.client.MongoDatabase;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.AffiliationSystem;
import org.haian.strata.contract.liaison.AssociationEstablished;
import org.haian.strata.contract.liaison.BranchKind;
import org.haian.strata.contract.liaison.BranchOpened;
import org.haian.strata.contract.liaison.MemberAdmitted;
import org.haian.strata.contract.liaison.MemberRemoved;
import org.haian.strata.liaison.api.association.AssociationMembers;
import org.haian.strata.liaison.api.association.AssociationView;
import org.haian.strata.liaison.api.association.FindAssociation;
import org.haian.strata.liaison.api.association.FindAssociationMembers;
import org.haian.strata.liaison.api.association.ListAssociations;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Association events in, the association read model out, on the real MongoDB-wire server. */
@ExtendWith(EmbeddedInfraExtension.class)
class AssociationDirectoryTest {

    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    private AssociationDirectory directory;

    @BeforeEach
    void setUp(MongoDatabase readModels) {
        directory = new AssociationDirectory(readModels);
        directory.on(new AssociationEstablished("a1", "Hai'an New Social Strata Association"), 0, AT);
        directory.on(new BranchOpened("a1", "b-libao", "Libao branch", BranchKind.TOWNSHIP, "libao", null), 1);
        directory.on(new BranchOpened("a1", "b-health", "Health branch", BranchKind.SYSTEM, null,
                AffiliationSystem.HEALTH), 2);
    }

    @Test
    void eachBranchCountsItsMembersAndMembersWithoutABranchAreAtLarge() {
        directory.on(admitted("p1", "b-libao", "libao"), 3, AT);
        directory.on(admitted("p2", "b-libao", "libao"), 4, AT);
        directory.on(admitted("p3", null, "qutang"), 5, AT);

        AssociationView view = directory.handle(new FindAssociation("a1")).orElseThrow();
        assertThat(view.members()).isEqualTo(3);
        assertThat(view.membersAtLarge()).isEqualTo(1);
        assertThat(view.branches()).containsExactly(
                new AssociationView.Branch("b-libao", "Libao branch", BranchKind.TOWNSHIP, "libao", null, 2),
                new AssociationView.Branch("b-health", "Health branch", BranchKind.SYSTEM, null,
                        AffiliationSystem.HEALTH, 0));
        assertThat(directory.handle(new ListAssociations())).containsExactly(view);
    }

    @Test
    void membersAreListedWithTheirBranchAndTheTownshipAndCategoryTheyWereAdmittedWith() {
        directory.on(admitted("p1", "b-libao", "libao"), 3, AT);
        directory.on(admitted("p3", null, "qutang"), 4, AT);

        assertThat(directory.handle(new FindAssociationMembers("a1")).orElseThrow().members())
                .containsExactlyInAnyOrder(
                        new AssociationMembers.Membership("p1", "b-libao", "Libao branch", "libao",
                                Category.ENTERPRISE_STAFF, AT),
                        new AssociationMembers.Membership("p3", null, null, "qutang", Category.ENTERPRISE_STAFF, AT));
    }

    @Test
    void aRemovedMemberIsGoneAndAnAdmissionDeliveredAgainDoesNotBringThemBack() {
        MemberAdmitted admission = admitted("p1", "b-libao", "libao");
        directory.on(admission, 3, AT);
        directory.on(new MemberRemoved("a1", "p1", "b-libao", "libao", Category.ENTERPRISE_STAFF, "Moved away"), 4);

        directory.on(admission, 3, AT);

        assertThat(directory.handle(new FindAssociationMembers("a1")).orElseThrow().members()).isEmpty();
        assertThat(directory.handle(new FindAssociation("a1")).orElseThrow().branches().get(0).members()).isZero();
    }

    @Test
    void anUnknownAssociationIsNotFound() {
        assertThat(directory.handle(new FindAssociation("a2"))).isEmpty();
        assertThat(directory.handle(new FindAssociationMembers("a2"))).isEmpty();
    }

    private static MemberAdmitted admitted(String personId, String branchId, String township) {
        return new MemberAdmitted("a1", personId, branchId, township, Category.ENTERPRISE_STAFF);
    }
}
