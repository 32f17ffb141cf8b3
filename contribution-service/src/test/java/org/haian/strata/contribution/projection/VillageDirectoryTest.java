package org.haian.strata.contribution.projection;

import java.time.LocalDate;

import com.mongodb.client.MongoDatabase;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.AgreementEnded;
import org.haian.strata.contract.contribution.AgreementSigned;
import org.haian.strata.contract.contribution.HouseholdPaired;
import org.haian.strata.contract.contribution.ProjectLinked;
import org.haian.strata.contract.contribution.SupervisorAppointed;
import org.haian.strata.contract.contribution.VillageKind;
import org.haian.strata.contract.contribution.VillageRegistered;
import org.haian.strata.contribution.api.twoway.AgreementReference;
import org.haian.strata.contribution.api.twoway.FindAgreement;
import org.haian.strata.contribution.api.twoway.FindVillage;
import org.haian.strata.contribution.api.twoway.ListVillages;
import org.haian.strata.contribution.api.twoway.VillageView;
import org.haian.strata.testsupport.DomainEvents;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Two-way service events in, the villages and agreements read models out, on the real MongoDB-wire server. */
@ExtendWith(EmbeddedInfraExtension.class)
class VillageDirectoryTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);

    private VillageDirectory directory;
    private DomainEvents events;

    @BeforeEach
    void setUp(MongoDatabase readModels) {
        directory = new VillageDirectory(readModels);
        events = new DomainEvents(directory);
    }

    @Test
    void aVillageShowsItsAgreementsSupervisorsProjectsAndHouseholds() {
        events.deliver(new VillageRegistered("v1", "libao", "Libao village", VillageKind.VILLAGE),
                new AgreementSigned("v1", "a1", "p1", "libao", Category.FREELANCER, MARCH, 1),
                new AgreementSigned("v1", "a2", "p2", "libao", Category.FREELANCER, JUNE, 2),
                new AgreementEnded("v1", "a1", "p1", "libao", Category.FREELANCER, JUNE, "Moved", 1),
                new SupervisorAppointed("v1", "p2", "libao", Category.FREELANCER, MARCH, MARCH.plusYears(3)),
                new ProjectLinked("v1", "l1", "p2", "libao", Category.FREELANCER, "Solar plant"),
                new HouseholdPaired("v1", "h1", "p2", "libao", Category.FREELANCER, "LB-017", JUNE));

        VillageView village = directory.handle(new FindVillage("v1")).orElseThrow();
        assertThat(village.agreements()).containsExactly(
                new VillageView.Agreement("a1", "p1", Category.FREELANCER, MARCH, JUNE, "Moved"),
                new VillageView.Agreement("a2", "p2", Category.FREELANCER, JUNE, null, null));
        assertThat(village.supervisors()).containsExactly(new VillageView.Supervisor("p2", MARCH,
                MARCH.plusYears(3)));
        assertThat(village.projects()).containsExactly(new VillageView.Project("l1", "p2", "Solar plant"));
        assertThat(village.households()).containsExactly(new VillageView.Household("h1", "p2", "LB-017", JUNE));
        assertThat(directory.handle(new FindAgreement("a1")))
                .contains(new AgreementReference("a1", "v1", "libao", false));
        assertThat(directory.handle(new FindAgreement("a2")))
                .contains(new AgreementReference("a2", "v1", "libao", true));
    }

    @Test
    void aListIsFilteredByTownshipAndKindAndSortedByName() {
        events.deliver(new VillageRegistered("v1", "libao", "Zhou village", VillageKind.VILLAGE),
                new VillageRegistered("v2", "libao", "An community", VillageKind.COMMUNITY),
                new VillageRegistered("v3", "qutang", "Bei village", VillageKind.VILLAGE));

        assertThat(directory.handle(new ListVillages("libao", null, 0, 10)).items())
                .extracting(VillageView::villageId).containsExactly("v2", "v1");
        assertThat(directory.handle(new ListVillages(null, VillageKind.VILLAGE, 0, 10)).items())
                .extracting(VillageView::villageId).containsExactly("v3", "v1");
    }
}
