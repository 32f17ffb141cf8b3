package org.haian.strata.liaison.domain;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.JointConferenceEstablished;
import org.haian.strata.contract.liaison.MeetingHeld;
import org.haian.strata.contract.liaison.MemberUnitJoined;
import org.haian.strata.contract.liaison.MemberUnitLeft;
import org.haian.strata.contract.liaison.ResolutionStatus;
import org.haian.strata.contract.liaison.ResolutionStatusChanged;
import org.haian.strata.liaison.api.conference.ChangeResolutionStatus;
import org.haian.strata.liaison.api.conference.EstablishJointConference;
import org.haian.strata.liaison.api.conference.HoldMeeting;
import org.haian.strata.liaison.api.conference.JoinMemberUnit;
import org.haian.strata.liaison.api.conference.LeaveMemberUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;
import static org.haian.strata.platform.domain.CommandRefused.Kind.NOT_FOUND;
import static org.haian.strata.platform.domain.Refusal.refused;

class JointConferenceTest {

    private static final String FIC = "Federation of Industry and Commerce";
    private static final String TAX = "Tax Bureau";
    private static final String PROPAGANDA = "Propaganda Department";
    private static final LocalDate APRIL_18 = LocalDate.of(2019, 4, 18);

    private static final JointConferenceEstablished ESTABLISHED = new JointConferenceEstablished("jc",
            "Joint conference on new-social-strata work", "Head of the United Front Work Department");
    private static final MemberUnitJoined FIC_JOINED = new MemberUnitJoined("jc", FIC, Category.ENTERPRISE_STAFF);
    private static final MemberUnitJoined TAX_JOINED = new MemberUnitJoined("jc", TAX, Category.INTERMEDIARY);
    private static final MemberUnitJoined PROPAGANDA_JOINED = new MemberUnitJoined("jc", PROPAGANDA,
            Category.NEW_MEDIA);
    private static final MeetingHeld MEETING = new MeetingHeld("jc", "m-1", APRIL_18, List.of(TAX, FIC),
            List.of(Category.ENTERPRISE_STAFF, Category.INTERMEDIARY), "Half-year review",
            List.of(new MeetingHeld.Resolution("r-1", "Open a tax policy hotline", TAX, Category.INTERMEDIARY)));

    private AggregateTestFixture<JointConference> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(JointConference.class);
    }

    @Test
    void aJointConferenceIsEstablishedWithItsConvener() {
        fixture.givenNoPriorActivity()
                .when(new EstablishJointConference("jc", " Joint conference on new-social-strata work ",
                        "Head of the United Front Work Department"))
                .expectEvents(ESTABLISHED);
    }

    @Test
    void aJointConferenceNeedsAConvener() {
        fixture.givenNoPriorActivity()
                .when(new EstablishJointConference("jc", "Joint conference", " "))
                .expectException(refused(INVALID, "convener"))
                .expectNoEvents();
    }

    @Test
    void aJointConferenceNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new EstablishJointConference("jc", null, "Head"))
                .expectException(refused(INVALID, "name"))
                .expectNoEvents();
    }

    // --- member units ---

    @Test
    void aUnitJoinsToServeACategory() {
        fixture.given(ESTABLISHED)
                .when(new JoinMemberUnit("jc", " " + FIC + " ", Category.ENTERPRISE_STAFF))
                .expectEvents(FIC_JOINED);
    }

    @Test
    void aUnitAlreadyAMemberCannotJoinAgain() {
        fixture.given(ESTABLISHED, FIC_JOINED)
                .when(new JoinMemberUnit("jc", FIC, Category.FREELANCER))
                .expectException(refused(CONFLICT, "unit", "is already a member unit"))
                .expectNoEvents();
    }

    @Test
    void aUnitJoinsNamingItselfAndItsCategory() {
        fixture.given(ESTABLISHED)
                .when(new JoinMemberUnit("jc", FIC, null))
                .expectException(refused(INVALID, "category"))
                .expectNoEvents();
    }

    @Test
    void aUnitLeavesWithTheCategoryItServed() {
        fixture.given(ESTABLISHED, FIC_JOINED)
                .when(new LeaveMemberUnit("jc", FIC))
                .expectEvents(new MemberUnitLeft("jc", FIC, Category.ENTERPRISE_STAFF));
    }

    @Test
    void aUnitThatIsNotAMemberCannotLeave() {
        fixture.given(ESTABLISHED, FIC_JOINED, new MemberUnitLeft("jc", FIC, Category.ENTERPRISE_STAFF))
                .when(new LeaveMemberUnit("jc", FIC))
                .expectException(refused(CONFLICT, "unit", "is not a member unit"))
                .expectNoEvents();
    }

    @Test
    void aUnitThatLeftMayJoinAgainForAnotherCategory() {
        fixture.given(ESTABLISHED, FIC_JOINED, new MemberUnitLeft("jc", FIC, Category.ENTERPRISE_STAFF))
                .when(new JoinMemberUnit("jc", FIC, Category.FREELANCER))
                .expectEvents(new MemberUnitJoined("jc", FIC, Category.FREELANCER));
    }

    // --- meetings ---

    @Test
    void aMeetingIsHeldWithTheCategoriesItServedAndOpenResolutions() {
        fixture.given(ESTABLISHED, FIC_JOINED, TAX_JOINED, PROPAGANDA_JOINED)
                .when(new HoldMeeting("jc", "m-1", APRIL_18, List.of(TAX, " " + FIC, TAX), " Half-year review ",
                        List.of(new HoldMeeting.Resolution("r-1", "Open a tax policy hotline", TAX))))
                .expectEvents(MEETING);
    }

    @Test
    void aMeetingMayResolveNothing() {
        fixture.given(ESTABLISHED, FIC_JOINED)
                .when(new HoldMeeting("jc", "m-1", APRIL_18, List.of(FIC), "Briefing", null))
                .expectEvents(new MeetingHeld("jc", "m-1", APRIL_18, List.of(FIC), List.of(Category.ENTERPRISE_STAFF),
                        "Briefing", List.of()));
    }

    @Test
    void aMeetingNeedsAtLeastOneAttendingUnit() {
        fixture.given(ESTABLISHED, FIC_JOINED)
                .when(new HoldMeeting("jc", "m-1", APRIL_18, List.of(" "), "Briefing", List.of()))
                .expectException(refused(INVALID, "attendingUnits", "must name at least one member unit"))
                .expectNoEvents();
    }

    @Test
    void onlyMemberUnitsAttendAMeeting() {
        fixture.given(ESTABLISHED, FIC_JOINED)
                .when(new HoldMeeting("jc", "m-1", APRIL_18, List.of(FIC, TAX), "Briefing", List.of()))
                .expectException(refused(INVALID, "attendingUnits", "'Tax Bureau' is not a member unit"))
                .expectNoEvents();
    }

    @Test
    void aUnitThatLeftNoLongerAttends() {
        fixture.given(ESTABLISHED, FIC_JOINED, TAX_JOINED, new MemberUnitLeft("jc", TAX, Category.INTERMEDIARY))
                .when(new HoldMeeting("jc", "m-1", APRIL_18, List.of(FIC, TAX), "Briefing", List.of()))
                .expectException(refused(INVALID, "attendingUnits"))
                .expectNoEvents();
    }

    @Test
    void aResolutionIsOwnedByAMemberUnit() {
        fixture.given(ESTABLISHED, FIC_JOINED)
                .when(new HoldMeeting("jc", "m-1", APRIL_18, List.of(FIC), "Briefing", List.of(
                        new HoldMeeting.Resolution("r-1", "Survey member firms", FIC),
                        new HoldMeeting.Resolution("r-2", "Open a tax policy hotline", TAX))))
                .expectException(refused(INVALID, "resolutions[1].ownerUnit"))
                .expectNoEvents();
    }

    @Test
    void aResolutionSaysWhatWasResolved() {
        fixture.given(ESTABLISHED, FIC_JOINED)
                .when(new HoldMeeting("jc", "m-1", APRIL_18, List.of(FIC), "Briefing", List.of(
                        new HoldMeeting.Resolution("r-1", " ", FIC))))
                .expectException(refused(INVALID, "resolutions[0].text"))
                .expectNoEvents();
    }

    @Test
    void aMeetingIsRecordedOnce() {
        fixture.given(ESTABLISHED, FIC_JOINED, TAX_JOINED, MEETING)
                .when(new HoldMeeting("jc", "m-1", APRIL_18, List.of(FIC), "Briefing", List.of()))
                .expectException(refused(CONFLICT, "meetingId"))
                .expectNoEvents();
    }

    @Test
    void aResolutionIdIsNotReusedWithinTheConference() {
        fixture.given(ESTABLISHED, FIC_JOINED, TAX_JOINED, MEETING)
                .when(new HoldMeeting("jc", "m-2", APRIL_18.plusMonths(6), List.of(FIC), "Review", List.of(
                        new HoldMeeting.Resolution("r-1", "Survey member firms", FIC))))
                .expectException(refused(CONFLICT, "resolutions[0].resolutionId"))
                .expectNoEvents();
    }

    @Test
    void aResolutionIdIsNotUsedTwiceInOneMeeting() {
        fixture.given(ESTABLISHED, FIC_JOINED)
                .when(new HoldMeeting("jc", "m-1", APRIL_18, List.of(FIC), "Briefing", List.of(
                        new HoldMeeting.Resolution("r-1", "Survey member firms", FIC),
                        new HoldMeeting.Resolution("r-1", "Visit member firms", FIC))))
                .expectException(refused(INVALID, "resolutions[1].resolutionId"))
                .expectNoEvents();
    }

    @Test
    void aMeetingNeedsADate() {
        fixture.given(ESTABLISHED, FIC_JOINED)
                .when(new HoldMeeting("jc", "m-1", null, List.of(FIC), "Briefing", List.of()))
                .expectException(refused(INVALID, "date"))
                .expectNoEvents();
    }

    @Test
    void aMeetingNeedsAnAgenda() {
        fixture.given(ESTABLISHED, FIC_JOINED)
                .when(new HoldMeeting("jc", "m-1", APRIL_18, List.of(FIC), " ", List.of()))
                .expectException(refused(INVALID, "agenda"))
                .expectNoEvents();
    }

    // --- resolutions ---

    @Test
    void aResolutionMovesOnCarryingItsOwnerAndCategory() {
        fixture.given(ESTABLISHED, FIC_JOINED, TAX_JOINED, MEETING)
                .when(new ChangeResolutionStatus("jc", "r-1", ResolutionStatus.IN_PROGRESS))
                .expectEvents(new ResolutionStatusChanged("jc", "r-1", "m-1", TAX, Category.INTERMEDIARY,
                        ResolutionStatus.OPEN, ResolutionStatus.IN_PROGRESS));
    }

    @Test
    void aResolutionInProgressIsDone() {
        fixture.given(ESTABLISHED, FIC_JOINED, TAX_JOINED, MEETING, new ResolutionStatusChanged("jc", "r-1", "m-1",
                        TAX, Category.INTERMEDIARY, ResolutionStatus.OPEN, ResolutionStatus.IN_PROGRESS))
                .when(new ChangeResolutionStatus("jc", "r-1", ResolutionStatus.DONE))
                .expectEvents(new ResolutionStatusChanged("jc", "r-1", "m-1", TAX, Category.INTERMEDIARY,
                        ResolutionStatus.IN_PROGRESS, ResolutionStatus.DONE));
    }

    @Test
    void anUnknownResolutionIsNotFound() {
        fixture.given(ESTABLISHED, FIC_JOINED, TAX_JOINED, MEETING)
                .when(new ChangeResolutionStatus("jc", "r-404", ResolutionStatus.DONE))
                .expectException(refused(NOT_FOUND, "resolutionId"))
                .expectNoEvents();
    }

    @Test
    void aResolutionCannotChangeToTheStatusItHas() {
        fixture.given(ESTABLISHED, FIC_JOINED, TAX_JOINED, MEETING)
                .when(new ChangeResolutionStatus("jc", "r-1", ResolutionStatus.OPEN))
                .expectException(refused(CONFLICT, "status", "is already the resolution's status"))
                .expectNoEvents();
    }

    @Test
    void aDoneResolutionIsFinal() {
        fixture.given(ESTABLISHED, FIC_JOINED, TAX_JOINED, MEETING, new ResolutionStatusChanged("jc", "r-1", "m-1",
                        TAX, Category.INTERMEDIARY, ResolutionStatus.OPEN, ResolutionStatus.DONE))
                .when(new ChangeResolutionStatus("jc", "r-1", ResolutionStatus.IN_PROGRESS))
                .expectException(refused(CONFLICT, "status"))
                .expectNoEvents();
    }

    @Test
    void aResolutionStatusChangeNamesTheStatus() {
        fixture.given(ESTABLISHED, FIC_JOINED, TAX_JOINED, MEETING)
                .when(new ChangeResolutionStatus("jc", "r-1", null))
                .expectException(refused(INVALID, "status"))
                .expectNoEvents();
    }
}
