package org.haian.strata.contribution.domain;

import java.time.LocalDate;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.AgreementEnded;
import org.haian.strata.contract.contribution.AgreementSigned;
import org.haian.strata.contract.contribution.HouseholdPaired;
import org.haian.strata.contract.contribution.ProjectLinked;
import org.haian.strata.contract.contribution.SupervisorAppointed;
import org.haian.strata.contract.contribution.VillageKind;
import org.haian.strata.contract.contribution.VillageRegistered;
import org.haian.strata.contribution.api.twoway.AppointSupervisor;
import org.haian.strata.contribution.api.twoway.EndAgreement;
import org.haian.strata.contribution.api.twoway.LinkProject;
import org.haian.strata.contribution.api.twoway.PairHousehold;
import org.haian.strata.contribution.api.twoway.RegisterVillage;
import org.haian.strata.contribution.api.twoway.SignAgreement;
import org.haian.strata.platform.domain.TownshipScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;
import static org.haian.strata.platform.domain.CommandRefused.Kind.NOT_FOUND;
import static org.haian.strata.platform.domain.Refusal.refused;

/** The two-way service's rules, each decided by the village from its own events. */
class VillageTest {

    private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);
    private static final LocalDate JUNE = LocalDate.of(2024, 6, 1);
    private static final VillageRegistered REGISTERED = new VillageRegistered("v-1", "libao", "Libao village",
            VillageKind.VILLAGE);
    private static final AgreementSigned SIGNED = new AgreementSigned("v-1", "a-1", "p-1", "libao",
            Category.ENTERPRISE_STAFF, MARCH, 1);

    private AggregateTestFixture<Village> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Village.class);
    }

    @Test
    void aVillageIsRegisteredInItsTownship() {
        fixture.givenNoPriorActivity()
                .when(new RegisterVillage("v-1", "libao", " Libao village ", VillageKind.VILLAGE))
                .expectEvents(REGISTERED);
    }

    @Test
    void aVillageNeedsANameAndAKind() {
        fixture.givenNoPriorActivity()
                .when(new RegisterVillage("v-1", "libao", " ", VillageKind.VILLAGE))
                .expectException(refused(INVALID, "name")).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterVillage("v-1", "libao", "Libao", null))
                .expectException(refused(INVALID, "kind")).expectNoEvents();
    }

    @Test
    void aTownshipOfficerRegistersVillagesOfTheirOwnTownshipOnly() {
        fixture.givenNoPriorActivity()
                .when(new RegisterVillage("v-1", "libao", "Libao", VillageKind.COMMUNITY),
                        MetaData.with(TownshipScope.METADATA, "qutang"))
                .expectException(refused(NOT_FOUND, "township")).expectNoEvents();
    }

    @Test
    void anAgreementIsCountedWithTheVillagesActiveAgreementsInThePersonsCategory() {
        fixture.given(REGISTERED, SIGNED, new AgreementSigned("v-1", "a-2", "p-2", "libao", Category.NEW_MEDIA,
                        MARCH, 1))
                .when(new SignAgreement("v-1", "a-3", "p-3", Category.ENTERPRISE_STAFF, JUNE))
                .expectEvents(new AgreementSigned("v-1", "a-3", "p-3", "libao", Category.ENTERPRISE_STAFF, JUNE, 2));
    }

    @Test
    void aVillageAndAPersonHaveOneActiveAgreementAtATime() {
        fixture.given(REGISTERED, SIGNED)
                .when(new SignAgreement("v-1", "a-2", "p-1", Category.ENTERPRISE_STAFF, JUNE))
                .expectException(refused(CONFLICT, "personId", "has an active agreement with this village"))
                .expectNoEvents();
    }

    @Test
    void anEndedAgreementLeavesTheVillageAndThePersonFreeToSignAgain() {
        fixture.given(REGISTERED, SIGNED, new AgreementEnded("v-1", "a-1", "p-1", "libao",
                        Category.ENTERPRISE_STAFF, JUNE, "Moved away", 0))
                .when(new SignAgreement("v-1", "a-2", "p-1", Category.ENTERPRISE_STAFF, JUNE))
                .expectEvents(new AgreementSigned("v-1", "a-2", "p-1", "libao", Category.ENTERPRISE_STAFF, JUNE, 1));
    }

    @Test
    void anAgreementEndsOnceWithAReasonAndNotBeforeItWasSigned() {
        fixture.given(REGISTERED, SIGNED)
                .when(new EndAgreement("v-1", "a-1", JUNE, " Moved away "))
                .expectEvents(new AgreementEnded("v-1", "a-1", "p-1", "libao", Category.ENTERPRISE_STAFF, JUNE,
                        "Moved away", 0));
        fixture.given(REGISTERED, SIGNED, new AgreementEnded("v-1", "a-1", "p-1", "libao",
                        Category.ENTERPRISE_STAFF, JUNE, "Moved away", 0))
                .when(new EndAgreement("v-1", "a-1", JUNE, "Again"))
                .expectException(refused(NOT_FOUND, "agreementId")).expectNoEvents();
        fixture.given(REGISTERED, SIGNED)
                .when(new EndAgreement("v-1", "a-1", MARCH.minusDays(1), "Too early"))
                .expectException(refused(INVALID, "endedOn")).expectNoEvents();
        fixture.given(REGISTERED, SIGNED)
                .when(new EndAgreement("v-1", "a-1", JUNE, " "))
                .expectException(refused(INVALID, "reason")).expectNoEvents();
    }

    @Test
    void anotherTownshipsVillageIsNotFoundForAnOfficer() {
        fixture.given(REGISTERED)
                .when(new SignAgreement("v-1", "a-1", "p-1", Category.FREELANCER, MARCH),
                        MetaData.with(TownshipScope.METADATA, "qutang"))
                .expectException(refused(NOT_FOUND, "villageId")).expectNoEvents();
    }

    @Test
    void aSupervisorIsAppointedForATermThatEndsAfterItStarts() {
        fixture.given(REGISTERED)
                .when(new AppointSupervisor("v-1", "p-1", Category.FREELANCER, MARCH, MARCH.plusYears(3)))
                .expectEvents(new SupervisorAppointed("v-1", "p-1", "libao", Category.FREELANCER, MARCH,
                        MARCH.plusYears(3)));
        fixture.given(REGISTERED)
                .when(new AppointSupervisor("v-1", "p-1", Category.FREELANCER, MARCH, MARCH))
                .expectException(refused(INVALID, "termEnd")).expectNoEvents();
    }

    @Test
    void aPersonsTermsAsSupervisorOfAVillageDoNotOverlap() {
        SupervisorAppointed first = new SupervisorAppointed("v-1", "p-1", "libao", Category.FREELANCER, MARCH,
                MARCH.plusYears(3));
        fixture.given(REGISTERED, first)
                .when(new AppointSupervisor("v-1", "p-1", Category.FREELANCER, MARCH.plusYears(2),
                        MARCH.plusYears(5)))
                .expectException(refused(CONFLICT, "termStart")).expectNoEvents();
        fixture.given(REGISTERED, first)
                .when(new AppointSupervisor("v-1", "p-1", Category.FREELANCER, MARCH.plusYears(3),
                        MARCH.plusYears(6)))
                .expectEvents(new SupervisorAppointed("v-1", "p-1", "libao", Category.FREELANCER,
                        MARCH.plusYears(3), MARCH.plusYears(6)));
    }

    @Test
    void aPersonIsLinkedToAProjectOnce() {
        ProjectLinked linked = new ProjectLinked("v-1", "l-1", "p-1", "libao", Category.FREELANCER, "Solar plant");
        fixture.given(REGISTERED)
                .when(new LinkProject("v-1", "l-1", "p-1", Category.FREELANCER, " Solar plant "))
                .expectEvents(linked);
        fixture.given(REGISTERED, linked)
                .when(new LinkProject("v-1", "l-2", "p-1", Category.FREELANCER, "Solar plant"))
                .expectException(refused(CONFLICT, "project")).expectNoEvents();
    }

    @Test
    void aHouseholdIsPairedByItsRegisterCodeOnlyAndOnce() {
        HouseholdPaired paired = new HouseholdPaired("v-1", "h-1", "p-1", "libao", Category.FREELANCER, "LB-017",
                MARCH);
        fixture.given(REGISTERED)
                .when(new PairHousehold("v-1", "h-1", "p-1", Category.FREELANCER, "LB-017", MARCH))
                .expectEvents(paired);
        fixture.given(REGISTERED)
                .when(new PairHousehold("v-1", "h-1", "p-1", Category.FREELANCER, "王 家, 3 号", MARCH))
                .expectException(refused(INVALID, "householdCode")).expectNoEvents();
        fixture.given(REGISTERED, paired)
                .when(new PairHousehold("v-1", "h-2", "p-2", Category.FREELANCER, "LB-017", MARCH))
                .expectException(refused(CONFLICT, "householdCode")).expectNoEvents();
    }
}
