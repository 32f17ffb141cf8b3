package org.haian.strata.contribution.domain;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.ConsultationBenefited;
import org.haian.strata.contract.contribution.ConsultationField;
import org.haian.strata.contract.contribution.ConsultationGiven;
import org.haian.strata.contract.contribution.ContributionRaised;
import org.haian.strata.contract.contribution.GovernmentMeetingAttended;
import org.haian.strata.contract.contribution.MeetingKind;
import org.haian.strata.contract.contribution.PublicGoodActivityHeld;
import org.haian.strata.contract.contribution.PublicGoodActivityKind;
import org.haian.strata.contribution.api.meetings.RaiseContribution;
import org.haian.strata.contribution.api.meetings.RecordMeetingAttendance;
import org.haian.strata.contribution.api.mutualaid.GiveConsultation;
import org.haian.strata.contribution.api.publicgood.HoldActivity;
import org.haian.strata.platform.domain.TownshipScope;
import org.junit.jupiter.api.Test;

import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;
import static org.haian.strata.platform.domain.CommandRefused.Kind.NOT_FOUND;
import static org.haian.strata.platform.domain.Refusal.refused;

/** The rules of members at government meetings, mutual-aid consultations and public-good activities. */
class ChannelsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 2, 20);
    private static final GovernmentMeetingAttended MEETING = new GovernmentMeetingAttended("m-1", "libao",
            MeetingKind.BRIEFING, "Briefing on the economy", DAY, List.of("p-1", "p-2"));

    private final AggregateTestFixture<GovernmentMeeting> meetings = new AggregateTestFixture<>(GovernmentMeeting.class);
    private final AggregateTestFixture<Consultation> consultations = new AggregateTestFixture<>(Consultation.class);
    private final AggregateTestFixture<PublicGoodActivity> activities =
            new AggregateTestFixture<>(PublicGoodActivity.class);

    @Test
    void membersAttendAMeetingOfTheirTownship() {
        meetings.givenNoPriorActivity()
                .when(new RecordMeetingAttendance("m-1", "libao", MeetingKind.BRIEFING, " Briefing on the economy ",
                        DAY, List.of("p-1", "p-2")))
                .expectEvents(MEETING);
        meetings.givenNoPriorActivity()
                .when(new RecordMeetingAttendance("m-1", "libao", MeetingKind.BRIEFING, "Briefing", DAY, List.of()))
                .expectException(refused(INVALID, "attendeeIds")).expectNoEvents();
        meetings.givenNoPriorActivity()
                .when(new RecordMeetingAttendance("m-1", "libao", MeetingKind.BRIEFING, "Briefing", DAY,
                        List.of("p-1")), MetaData.with(TownshipScope.METADATA, "qutang"))
                .expectException(refused(NOT_FOUND, "township")).expectNoEvents();
    }

    @Test
    void onlyAnAttendeeRaisesSomethingAtAMeeting() {
        meetings.given(MEETING)
                .when(new RaiseContribution("m-1", "c-1", "p-2", "Extend the night bus"))
                .expectEvents(new ContributionRaised("m-1", "c-1", "libao", "p-2", "Extend the night bus"));
        meetings.given(MEETING)
                .when(new RaiseContribution("m-1", "c-1", "p-9", "Extend the night bus"))
                .expectException(refused(INVALID, "personId")).expectNoEvents();
        meetings.given(MEETING)
                .when(new RaiseContribution("m-1", "c-1", "p-1", "Extend"), MetaData.with(TownshipScope.METADATA,
                        "qutang"))
                .expectException(refused(NOT_FOUND, "meetingId")).expectNoEvents();
    }

    @Test
    void aConsultationToNamedMembersBenefitsEachOfThemInAnEventOfTheirOwn() {
        consultations.givenNoPriorActivity()
                .when(new GiveConsultation("c-1", "libao", Category.INTERMEDIARY, "p-1", ConsultationField.TAX, DAY,
                        List.of("p-2", "p-3"), null))
                .expectEvents(new ConsultationGiven("c-1", "libao", Category.INTERMEDIARY, "p-1",
                                ConsultationField.TAX, DAY, 2, 0),
                        new ConsultationBenefited("c-1", "p-2", "libao", Category.INTERMEDIARY),
                        new ConsultationBenefited("c-1", "p-3", "libao", Category.INTERMEDIARY));
    }

    @Test
    void aBriefingCountsItsAudienceAndNamesNoOne() {
        consultations.givenNoPriorActivity()
                .when(new GiveConsultation("c-1", "libao", Category.INTERMEDIARY, "p-1", ConsultationField.LAW, DAY,
                        null, 60))
                .expectEvents(new ConsultationGiven("c-1", "libao", Category.INTERMEDIARY, "p-1",
                        ConsultationField.LAW, DAY, 0, 60));
    }

    @Test
    void aConsultationIsEitherToNamedMembersOrABriefingNeverBothOrNeither() {
        consultations.givenNoPriorActivity()
                .when(new GiveConsultation("c-1", "libao", Category.INTERMEDIARY, "p-1", ConsultationField.LAW, DAY,
                        List.of("p-2"), 60))
                .expectException(refused(INVALID, "audience")).expectNoEvents();
        consultations.givenNoPriorActivity()
                .when(new GiveConsultation("c-1", "libao", Category.INTERMEDIARY, "p-1", ConsultationField.LAW, DAY,
                        List.of(), null))
                .expectException(refused(INVALID, "audience")).expectNoEvents();
        consultations.givenNoPriorActivity()
                .when(new GiveConsultation("c-1", "libao", Category.INTERMEDIARY, "p-1", ConsultationField.LAW, DAY,
                        null, 0))
                .expectException(refused(INVALID, "audience")).expectNoEvents();
    }

    @Test
    void aConsultantDoesNotConsultThemselves() {
        consultations.givenNoPriorActivity()
                .when(new GiveConsultation("c-1", "libao", Category.INTERMEDIARY, "p-1", ConsultationField.TAX, DAY,
                        List.of("p-1"), null))
                .expectException(refused(INVALID, "beneficiaryIds")).expectNoEvents();
    }

    @Test
    void anActivityIsHeldWithItsParticipantsEachOnce() {
        activities.givenNoPriorActivity()
                .when(new HoldActivity("x-1", "libao", Category.FREELANCER, PublicGoodActivityKind.CHARITY, "Sunshine Action",
                        DAY, List.of("p-1", "p-2")))
                .expectEvents(new PublicGoodActivityHeld("x-1", "libao", Category.FREELANCER, PublicGoodActivityKind.CHARITY,
                        "Sunshine Action", DAY, List.of("p-1", "p-2")));
        activities.givenNoPriorActivity()
                .when(new HoldActivity("x-1", "libao", Category.FREELANCER, PublicGoodActivityKind.SALON, "Salon", DAY,
                        List.of("p-1", "p-1")))
                .expectException(refused(INVALID, "participantIds")).expectNoEvents();
        activities.givenNoPriorActivity()
                .when(new HoldActivity("x-1", "libao", Category.FREELANCER, PublicGoodActivityKind.SALON, "Salon", DAY,
                        List.of("p-1")), MetaData.with(TownshipScope.METADATA, "qutang"))
                .expectException(refused(NOT_FOUND, "township")).expectNoEvents();
    }
}
