package org.haian.strata.liaison.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.JointConferenceEstablished;
import org.haian.strata.contract.liaison.MeetingHeld;
import org.haian.strata.contract.liaison.MemberUnitJoined;
import org.haian.strata.contract.liaison.MemberUnitLeft;
import org.haian.strata.contract.liaison.ResolutionStatus;
import org.haian.strata.contract.liaison.ResolutionStatusChanged;
import org.haian.strata.liaison.api.conference.ConferenceSummary;
import org.haian.strata.liaison.api.conference.ConferenceView;
import org.haian.strata.liaison.api.conference.FindConference;
import org.haian.strata.liaison.api.conference.ListConferences;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Joint-conference events in, the conference read model out, on the real MongoDB-wire server. */
@ExtendWith(EmbeddedInfraExtension.class)
class ConferenceDirectoryTest {

    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");
    private static final String FIC = "Federation of Industry and Commerce";
    private static final String TAX = "Tax Bureau";
    private static final String CYBER = "Internet News Centre";

    private ConferenceDirectory directory;

    @BeforeEach
    void setUp(MongoDatabase readModels) {
        directory = new ConferenceDirectory(readModels);
        directory.on(new JointConferenceEstablished("c1", "Joint Conference", "Head of the UFWD"), 0, AT);
    }

    @Test
    void memberUnitsAreShownGroupedPerCategoryAndALeavingUnitIsGone() {
        directory.on(new MemberUnitJoined("c1", TAX, Category.INTERMEDIARY), 1);
        directory.on(new MemberUnitJoined("c1", FIC, Category.ENTERPRISE_STAFF), 2);
        directory.on(new MemberUnitJoined("c1", CYBER, Category.NEW_MEDIA), 3);

        directory.on(new MemberUnitLeft("c1", CYBER, Category.NEW_MEDIA), 4);

        ConferenceView view = directory.handle(new FindConference("c1")).orElseThrow();
        assertThat(view.convener()).isEqualTo("Head of the UFWD");
        assertThat(view.memberUnits()).containsExactly(
                new ConferenceView.MemberUnit(FIC, Category.ENTERPRISE_STAFF),
                new ConferenceView.MemberUnit(TAX, Category.INTERMEDIARY));
    }

    @Test
    void aUnitThatLeftAndJoinedAgainServesItsNewCategory() {
        directory.on(new MemberUnitJoined("c1", TAX, Category.INTERMEDIARY), 1);
        directory.on(new MemberUnitLeft("c1", TAX, Category.INTERMEDIARY), 2);
        directory.on(new MemberUnitJoined("c1", TAX, Category.ENTERPRISE_STAFF), 3);

        assertThat(directory.handle(new FindConference("c1")).orElseThrow().memberUnits())
                .containsExactly(new ConferenceView.MemberUnit(TAX, Category.ENTERPRISE_STAFF));
    }

    @Test
    void aMeetingsResolutionsAreOpenAndEachIsFollowedToItsCurrentStatus() {
        directory.on(new MemberUnitJoined("c1", FIC, Category.ENTERPRISE_STAFF), 1);
        directory.on(new MemberUnitJoined("c1", TAX, Category.INTERMEDIARY), 2);
        directory.on(meeting("m1", "r1", "r2"), 3);

        directory.on(new ResolutionStatusChanged("c1", "r2", "m1", TAX, Category.INTERMEDIARY,
                ResolutionStatus.OPEN, ResolutionStatus.IN_PROGRESS), 4);

        ConferenceView.Meeting meeting = directory.handle(new FindConference("c1")).orElseThrow().meetings().get(0);
        assertThat(meeting.date()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(meeting.attendingUnits()).containsExactly(FIC, TAX);
        assertThat(meeting.categories()).containsExactly(Category.ENTERPRISE_STAFF, Category.INTERMEDIARY);
        assertThat(meeting.resolutions()).containsExactly(
                new ConferenceView.Resolution("r1", "Text of r1", FIC, Category.ENTERPRISE_STAFF, ResolutionStatus.OPEN),
                new ConferenceView.Resolution("r2", "Text of r2", TAX, Category.INTERMEDIARY,
                        ResolutionStatus.IN_PROGRESS));
    }

    @Test
    void aStatusChangeDeliveredAgainDoesNotUndoALaterOne() {
        directory.on(new MemberUnitJoined("c1", FIC, Category.ENTERPRISE_STAFF), 1);
        directory.on(new MemberUnitJoined("c1", TAX, Category.INTERMEDIARY), 2);
        directory.on(meeting("m1", "r1"), 3);
        ResolutionStatusChanged started = new ResolutionStatusChanged("c1", "r1", "m1", FIC,
                Category.ENTERPRISE_STAFF, ResolutionStatus.OPEN, ResolutionStatus.IN_PROGRESS);
        directory.on(started, 4);
        directory.on(new ResolutionStatusChanged("c1", "r1", "m1", FIC, Category.ENTERPRISE_STAFF,
                ResolutionStatus.IN_PROGRESS, ResolutionStatus.DONE), 5);

        directory.on(started, 4);
        directory.on(meeting("m1", "r1"), 3);

        ConferenceView view = directory.handle(new FindConference("c1")).orElseThrow();
        assertThat(view.meetings()).hasSize(1);
        assertThat(view.meetings().get(0).resolutions().get(0).status()).isEqualTo(ResolutionStatus.DONE);
    }

    @Test
    void theListSummarisesEachConference() {
        directory.on(new MemberUnitJoined("c1", FIC, Category.ENTERPRISE_STAFF), 1);
        directory.on(meeting("m1"), 2);

        assertThat(directory.handle(new ListConferences()))
                .containsExactly(new ConferenceSummary("c1", "Joint Conference", "Head of the UFWD", 1, 1));
        assertThat(directory.handle(new FindConference("c2"))).isEmpty();
    }

    /** A meeting attended by every unit of the tests; resolution r1 is the federation's, any other the tax bureau's. */
    private static MeetingHeld meeting(String meetingId, String... resolutionIds) {
        List<MeetingHeld.Resolution> resolutions = Arrays.stream(resolutionIds)
                .map(id -> id.equals("r1")
                        ? new MeetingHeld.Resolution(id, "Text of " + id, FIC, Category.ENTERPRISE_STAFF)
                        : new MeetingHeld.Resolution(id, "Text of " + id, TAX, Category.INTERMEDIARY))
                .toList();
        return new MeetingHeld("c1", meetingId, LocalDate.of(2026, 2, 27), List.of(FIC, TAX),
                List.of(Category.ENTERPRISE_STAFF, Category.INTERMEDIARY), "Services for enterprise staff",
                resolutions);
    }
}
