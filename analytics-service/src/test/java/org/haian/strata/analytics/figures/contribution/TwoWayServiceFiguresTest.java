package org.haian.strata.analytics.figures.contribution;

import java.time.LocalDate;
import java.util.List;

import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.AgreementEnded;
import org.haian.strata.contract.contribution.AgreementSigned;
import org.haian.strata.contract.contribution.HouseholdPaired;
import org.haian.strata.contract.contribution.ProjectLinked;
import org.haian.strata.contract.contribution.SupervisorAppointed;
import org.haian.strata.contract.contribution.VillageKind;
import org.haian.strata.contract.contribution.VillageRegistered;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.AGREEMENTS;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.HOUSEHOLDS;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.PEOPLE_WITH_AGREEMENT;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.PROJECTS;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.SUPERVISORS;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.VILLAGES;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.VILLAGES_SERVED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.VILLAGES_WITH_AGREEMENT;
import static org.haian.strata.analytics.figures.contribution.Counted.recordedOn;

/** The two-way service figures: villages and people with an active agreement each counted once, and the rest. */
class TwoWayServiceFiguresTest {

    private static final LocalDate MARCH = LocalDate.of(2025, 3, 10);
    private static final LocalDate APRIL = LocalDate.of(2025, 4, 10);
    private static final LocalDate MAY = LocalDate.of(2025, 5, 10);
    private static final Category STAFF = Category.ENTERPRISE_STAFF;

    private final TwoWayServiceFigures source = new TwoWayServiceFigures();
    private final AgreementPeopleFigures people = new AgreementPeopleFigures();
    private final Counted counted = new Counted();

    @Test
    void aVillageWithTwoAgreementsInACategoryCountsOnceUntilItsLastEnds() {
        count(MARCH, new AgreementSigned("v1", "a1", "p1", "libao", STAFF, MARCH, 1));
        count(MARCH, new AgreementSigned("v1", "a2", "p2", "libao", STAFF, MARCH, 2));
        count(APRIL, new AgreementEnded("v1", "a1", "p1", "libao", STAFF, APRIL, "Moved", 1));
        count(MAY, new AgreementEnded("v1", "a2", "p2", "libao", STAFF, MAY, "Moved", 0));

        assertThat(List.of(MARCH, APRIL, MAY))
                .extracting(day -> counted.on("libao", "ENTERPRISE_STAFF", VILLAGES_WITH_AGREEMENT, day))
                .containsExactly(1L, 1L, 0L);
        assertThat(List.of(MARCH, APRIL, MAY))
                .extracting(day -> counted.on("libao", "ENTERPRISE_STAFF", AGREEMENTS, day))
                .containsExactly(2L, 1L, 0L);
    }

    @Test
    void aPersonServingTwoVillagesOfATownshipCountsOnceThereUntilBothAgreementsEnd() {
        AgreementSpells state = null;
        List<RecordedEvent> events = List.of(
                recordedOn(MARCH, new AgreementSigned("v1", "a1", "p1", "libao", STAFF, MARCH, 1), 0),
                recordedOn(MARCH, new AgreementSigned("v2", "a2", "p1", "libao", STAFF, MARCH, 1), 1),
                recordedOn(APRIL, new AgreementEnded("v1", "a1", "p1", "libao", STAFF, APRIL, "Moved", 0), 2),
                recordedOn(MAY, new AgreementEnded("v2", "a2", "p1", "libao", STAFF, MAY, "Moved", 0), 3));
        for (RecordedEvent event : events) {
            assertThat(people.keyOf(event.payload())).isEqualTo("p1");
            state = people.apply(state, event);
        }

        people.contribute(state, MAY, counted);

        assertThat(List.of(MARCH.minusDays(1), MARCH, APRIL, MAY))
                .extracting(day -> counted.on("libao", "ENTERPRISE_STAFF", PEOPLE_WITH_AGREEMENT, day))
                .containsExactly(0L, 1L, 1L, 0L);
    }

    @Test
    void whatWasKnownOnADayCountsOnlyTheAgreementsRecordedByThen() {
        AgreementSpells state = people.apply(null,
                recordedOn(MARCH, new AgreementSigned("v1", "a1", "p1", "libao", STAFF, MARCH, 1), 0));
        state = people.apply(state,
                recordedOn(MAY, new AgreementEnded("v1", "a1", "p1", "libao", STAFF, MAY, "Moved", 0), 1));

        people.contribute(state, APRIL, counted);

        assertThat(counted.on("libao", "ENTERPRISE_STAFF", PEOPLE_WITH_AGREEMENT, LocalDate.of(2099, 1, 1)))
                .isEqualTo(1);
    }

    @Test
    void aSupervisorCountsOverTheTermAndProjectsAndHouseholdsFromTheirDay() {
        count(MARCH, new SupervisorAppointed("v1", "p1", "qutang", Category.FREELANCER, APRIL, MAY));
        count(MARCH, new ProjectLinked("v1", "l1", "p1", "qutang", Category.FREELANCER, "Solar plant"));
        count(MAY, new HouseholdPaired("v1", "h1", "p1", "qutang", Category.FREELANCER, "QT-1", APRIL));

        assertThat(List.of(MARCH, APRIL, MAY))
                .extracting(day -> counted.on("qutang", "FREELANCER", SUPERVISORS, day))
                .containsExactly(0L, 1L, 0L);
        assertThat(counted.on("qutang", "FREELANCER", PROJECTS, MARCH)).isEqualTo(1);
        assertThat(counted.on("qutang", "FREELANCER", HOUSEHOLDS, APRIL)).isEqualTo(1);
    }

    private void count(LocalDate day, Object event) {
        source.count(recordedOn(day, event, 0), counted);
    }

    @Test
    void aVillageServedInTwoCategoriesCountsOnceInItsTownshipAndInNoCategory() {
        VillageCoverageFigures villages = new VillageCoverageFigures();
        VillageCoverageFigures.Village state = null;
        List<RecordedEvent> events = List.of(
                recordedOn(MARCH, new VillageRegistered("v1", "libao", "东楼村", VillageKind.VILLAGE), 0),
                recordedOn(MARCH, new AgreementSigned("v1", "a1", "p1", "libao", STAFF, MARCH, 1), 1),
                recordedOn(APRIL, new AgreementSigned("v1", "a2", "p2", "libao", Category.NEW_MEDIA, APRIL, 1), 2),
                recordedOn(APRIL, new AgreementSigned("v1", "a2", "p2", "libao", Category.NEW_MEDIA, APRIL, 1), 3),
                recordedOn(MAY, new AgreementEnded("v1", "a1", "p1", "libao", STAFF, MAY, "Moved", 0), 4));
        for (RecordedEvent event : events) {
            assertThat(villages.keyOf(event.payload())).isEqualTo("v1");
            state = villages.apply(state, event);
        }

        villages.contribute(state, MAY, counted);

        assertThat(List.of(MARCH.minusDays(1), MARCH, APRIL, MAY))
                .extracting(day -> counted.on("libao", "null", VILLAGES, day)).containsExactly(0L, 1L, 1L, 1L);
        assertThat(List.of(MARCH.minusDays(1), MARCH, APRIL, MAY))
                .extracting(day -> counted.on("libao", "null", VILLAGES_SERVED, day)).containsExactly(0L, 1L, 1L, 1L);
        assertThat(counted.amounts().keySet()).allMatch(key -> key.startsWith("libao|null|"));
    }

    @Test
    void aVillageNoLongerServedWhenItsLastAgreementEndsAsKnownOnTheDay() {
        VillageCoverageFigures villages = new VillageCoverageFigures();
        VillageCoverageFigures.Village state = villages.apply(null,
                recordedOn(MARCH, new AgreementSigned("v1", "a1", "p1", "libao", STAFF, MARCH, 1), 0));
        state = villages.apply(state,
                recordedOn(MAY, new AgreementEnded("v1", "a1", "p1", "libao", STAFF, MAY, "Moved", 0), 1));

        villages.contribute(state, APRIL, counted);
        assertThat(counted.on("libao", "null", VILLAGES_SERVED, LocalDate.of(2099, 1, 1))).isEqualTo(1);
        assertThat(counted.on("libao", "null", VILLAGES, LocalDate.of(2099, 1, 1))).isZero();

        Counted later = new Counted();
        villages.contribute(state, MAY, later);
        assertThat(later.on("libao", "null", VILLAGES_SERVED, MAY)).isZero();
    }
}
