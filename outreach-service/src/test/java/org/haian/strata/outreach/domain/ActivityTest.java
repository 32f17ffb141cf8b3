package org.haian.strata.outreach.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.outreach.ActivityKind;
import org.haian.strata.contract.outreach.ActivityOrganised;
import org.haian.strata.contract.outreach.AppealConcluded;
import org.haian.strata.contract.outreach.AppealHeard;
import org.haian.strata.contract.outreach.AppealOutcome;
import org.haian.strata.contract.outreach.AttendanceRecorded;
import org.haian.strata.contract.outreach.PeopleInvited;
import org.haian.strata.outreach.api.activities.ConcludeAppeal;
import org.haian.strata.outreach.api.activities.HearAppeal;
import org.haian.strata.outreach.api.activities.InvitePeople;
import org.haian.strata.outreach.api.activities.OrganiseActivity;
import org.haian.strata.outreach.api.activities.RecordAttendance;
import org.haian.strata.outreach.api.references.PersonReference;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.TownshipScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;
import static org.haian.strata.platform.domain.CommandRefused.Kind.NOT_FOUND;
import static org.haian.strata.platform.domain.Refusal.refused;

class ActivityTest {

    private static final LocalDate DAY = LocalDate.of(2025, 1, 20);
    private static final List<String> FEDERATION = List.of("Federation of Literary and Art Circles");
    private static final ActivityOrganised COUPLETS = new ActivityOrganised("a-1", "libao", Category.FREELANCER,
            ActivityKind.COUPLET_WRITING, "Spring couplets", DAY, FEDERATION);
    private static final PersonReference PAINTER = new PersonReference("p-1", Category.FREELANCER, "libao", false);
    private static final PersonReference WRITER = new PersonReference("p-2", Category.FREELANCER, "libao", false);

    private AggregateTestFixture<Activity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Activity.class);
    }

    @Test
    void aCoHostedEventIsOrganisedWithItsPartnerUnits() {
        fixture.givenNoPriorActivity()
                .when(new OrganiseActivity("a-1", "libao", Category.FREELANCER, ActivityKind.COUPLET_WRITING,
                        " Spring couplets ", DAY, FEDERATION))
                .expectEvents(COUPLETS);
    }

    @Test
    void aCoHostedEventNamesAtLeastOnePartnerUnit() {
        fixture.givenNoPriorActivity()
                .when(new OrganiseActivity("a-1", "libao", Category.FREELANCER, ActivityKind.EXHIBITION, "Show", DAY,
                        List.of()))
                .expectException(refused(INVALID, "partnerUnits"))
                .expectNoEvents();
    }

    @Test
    void aProgrammeServesTheCategoryWhoseWorkModeItIs() {
        fixture.givenNoPriorActivity()
                .when(new OrganiseActivity("a-1", "libao", Category.INTERMEDIARY, ActivityKind.TRAINING, "Training",
                        DAY, List.of()))
                .expectException(refused(INVALID, "category", "must be NEW_MEDIA for TRAINING, a work mode of that "
                        + "category"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new OrganiseActivity("a-2", "libao", Category.INTERMEDIARY, ActivityKind.SALON, "Salon", DAY,
                        List.of()))
                .expectEvents(new ActivityOrganised("a-2", "libao", Category.INTERMEDIARY, ActivityKind.SALON,
                        "Salon", DAY, List.of()));
    }

    @Test
    void registeredPeopleAreInvitedOnce() {
        fixture.given(COUPLETS)
                .when(new InvitePeople("a-1", List.of("p-1", "p-2"), List.of(PAINTER, WRITER)))
                .expectEvents(new PeopleInvited("a-1", "libao", Category.FREELANCER, List.of("p-1", "p-2")));
        fixture.given(COUPLETS, new PeopleInvited("a-1", "libao", Category.FREELANCER, List.of("p-1")))
                .when(new InvitePeople("a-1", List.of("p-2", "p-1"), List.of(PAINTER, WRITER)))
                .expectException(refused(CONFLICT, "personIds[1]", "is invited already"))
                .expectNoEvents();
        fixture.given(COUPLETS)
                .when(new InvitePeople("a-1", List.of("p-9"), List.of()))
                .expectException(refused(INVALID, "personIds[0]", "is not a person of the registry"))
                .expectNoEvents();
    }

    @Test
    void attendanceIsRecordedOncePerPersonAndSaysWhetherTheyWereInvited() {
        fixture.given(COUPLETS, new PeopleInvited("a-1", "libao", Category.FREELANCER, List.of("p-1")))
                .when(new RecordAttendance("a-1", "p-1", PAINTER))
                .expectEvents(new AttendanceRecorded("a-1", "libao", Category.FREELANCER, "p-1", DAY, true));
        fixture.given(COUPLETS)
                .when(new RecordAttendance("a-1", "p-2", WRITER))
                .expectEvents(new AttendanceRecorded("a-1", "libao", Category.FREELANCER, "p-2", DAY, false));
        fixture.given(COUPLETS, new AttendanceRecorded("a-1", "libao", Category.FREELANCER, "p-2", DAY, false))
                .when(new RecordAttendance("a-1", "p-2", WRITER))
                .expectException(refused(CONFLICT, "personId", "took part already"))
                .expectNoEvents();
    }

    @Test
    void anArchivedPersonDoesNotTakePart() {
        fixture.given(COUPLETS)
                .when(new RecordAttendance("a-1", "p-3", new PersonReference("p-3", Category.FREELANCER, "libao",
                        true)))
                .expectException(refused(INVALID, "personId", "is archived in the registry"))
                .expectNoEvents();
    }

    @Test
    void anAppealIsHeardAndComesToOneOutcome() {
        AppealHeard heard = new AppealHeard("a-1", "ap-1", "libao", Category.FREELANCER, "p-1", DAY, "A studio");
        AppealConcluded concluded = new AppealConcluded("a-1", "ap-1", "libao", Category.FREELANCER,
                AppealOutcome.REFERRED, DAY.plusDays(3), "To the culture bureau");
        fixture.given(COUPLETS)
                .when(new HearAppeal("a-1", "ap-1", "p-1", PAINTER, "A studio"))
                .expectEvents(heard);
        fixture.given(COUPLETS, heard)
                .when(new ConcludeAppeal("a-1", "ap-1", AppealOutcome.REFERRED, DAY.plusDays(3),
                        "To the culture bureau"))
                .expectEvents(concluded);
        fixture.given(COUPLETS, heard, concluded)
                .when(new ConcludeAppeal("a-1", "ap-1", AppealOutcome.RESOLVED, DAY.plusDays(4), "Again"))
                .expectException(refused(CONFLICT, "appealId", "has its outcome already"))
                .expectNoEvents();
        fixture.given(COUPLETS, heard)
                .when(new ConcludeAppeal("a-1", "ap-1", AppealOutcome.RESOLVED, DAY.minusDays(1), "Early"))
                .expectException(refused(INVALID, "concludedOn"))
                .expectNoEvents();
        fixture.given(COUPLETS)
                .when(new ConcludeAppeal("a-1", "ap-9", AppealOutcome.RESOLVED, DAY, "None"))
                .expectException(refused(NOT_FOUND, "appealId"))
                .expectNoEvents();
    }

    @Test
    void aTownshipOfficerCannotTouchAnActivityOfAnotherTownship() {
        fixture.given(COUPLETS)
                .when(new RecordAttendance("a-1", "p-1", PAINTER), Map.of(TownshipScope.METADATA, "qutang"))
                .expectException(refused(NOT_FOUND, "activityId", CommandRefused.NO_SUCH_RECORD))
                .expectNoEvents();
    }
}
