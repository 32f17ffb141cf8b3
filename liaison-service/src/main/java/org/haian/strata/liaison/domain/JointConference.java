package org.haian.strata.liaison.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
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
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.Require;
import org.haian.strata.platform.domain.VisibleText;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;
import static org.haian.strata.platform.domain.CommandRefused.Kind.NOT_FOUND;

/**
 * The joint conference (联席会议制度), the horizontal mechanism: a convener and city member units (成员单位), each
 * serving one category, who meet and follow their resolutions (议定事项) through to done.
 */
@Aggregate
public class JointConference {

    @AggregateIdentifier
    private String conferenceId;
    private final Map<String, Category> memberUnits = new HashMap<>();
    private final Set<String> meetings = new HashSet<>();
    private final Map<String, Resolution> resolutions = new HashMap<>();

    protected JointConference() {
        // For Axon, which rebuilds the conference from its events.
    }

    @CommandHandler
    public JointConference(EstablishJointConference command) {
        apply(new JointConferenceEstablished(command.conferenceId(), Require.name("name", command.name(), 200),
                Require.name("convener", command.convener(), 100)));
    }

    @CommandHandler
    public void handle(JoinMemberUnit command) {
        String unit = Require.name("unit", command.unit(), 100);
        Category category = Require.present("category", command.category());
        // One unit serves one category here; a second seat would count the unit twice in every per-category figure.
        if (memberUnits.containsKey(unit)) {
            throw new CommandRefused(CONFLICT, "unit", "is already a member unit");
        }
        apply(new MemberUnitJoined(conferenceId, unit, category));
    }

    @CommandHandler
    public void handle(LeaveMemberUnit command) {
        String unit = Require.name("unit", command.unit(), 100);
        Category category = memberUnits.get(unit);
        if (category == null) {
            throw new CommandRefused(CONFLICT, "unit", "is not a member unit");
        }
        apply(new MemberUnitLeft(conferenceId, unit, category));
    }

    @CommandHandler
    public void handle(HoldMeeting command) {
        String meetingId = Require.text("meetingId", command.meetingId());
        if (meetings.contains(meetingId)) {
            throw new CommandRefused(CONFLICT, "meetingId", "is already recorded");
        }
        LocalDate date = Require.present("date", command.date());
        List<String> attending = attendingUnits(command.attendingUnits());
        String agenda = Require.text("agenda", command.agenda());
        List<MeetingHeld.Resolution> adopted = resolutions(command.resolutions());
        List<Category> categories = attending.stream().map(memberUnits::get).distinct().sorted().toList();
        apply(new MeetingHeld(conferenceId, meetingId, date, attending, categories, agenda, adopted));
    }

    @CommandHandler
    public void handle(ChangeResolutionStatus command) {
        String resolutionId = Require.text("resolutionId", command.resolutionId());
        ResolutionStatus to = Require.present("status", command.status());
        Resolution resolution = resolutions.get(resolutionId);
        if (resolution == null) {
            throw new CommandRefused(NOT_FOUND, "resolutionId", "is not a resolution of this conference");
        }
        // Done is what the scorecard counts as carried out; reopening it would silently undo a reported figure.
        if (resolution.status() == ResolutionStatus.DONE) {
            throw new CommandRefused(CONFLICT, "status", "cannot change: the resolution is done, which is final");
        }
        if (resolution.status() == to) {
            throw new CommandRefused(CONFLICT, "status", "is already the resolution's status");
        }
        apply(new ResolutionStatusChanged(conferenceId, resolutionId, resolution.meetingId(), resolution.ownerUnit(),
                resolution.ownerCategory(), resolution.status(), to));
    }

    private List<String> attendingUnits(List<String> units) {
        Set<String> attending = new LinkedHashSet<>();
        if (units != null) {
            units.stream().map(VisibleText::of).filter(Objects::nonNull).forEach(attending::add);
        }
        if (attending.isEmpty()) {
            throw new CommandRefused(INVALID, "attendingUnits", "must name at least one member unit");
        }
        for (String unit : attending) {
            if (!memberUnits.containsKey(unit)) {
                throw new CommandRefused(INVALID, "attendingUnits", "'" + unit + "' is not a member unit");
            }
        }
        return List.copyOf(attending);
    }

    private List<MeetingHeld.Resolution> resolutions(List<HoldMeeting.Resolution> proposed) {
        if (proposed == null) {
            return List.of();
        }
        List<MeetingHeld.Resolution> adopted = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < proposed.size(); i++) {
            String field = "resolutions[" + i + "]";
            HoldMeeting.Resolution resolution = Require.present(field, proposed.get(i));
            String id = Require.text(field + ".resolutionId", resolution.resolutionId());
            if (!ids.add(id)) {
                throw new CommandRefused(INVALID, field + ".resolutionId", "is used twice in this meeting");
            }
            if (resolutions.containsKey(id)) {
                throw new CommandRefused(CONFLICT, field + ".resolutionId", "is already a resolution of this conference");
            }
            String text = Require.text(field + ".text", resolution.text());
            String owner = Require.name(field + ".ownerUnit", resolution.ownerUnit(), 100);
            Category ownerCategory = memberUnits.get(owner);
            // Someone must answer for carrying it out, and only a member unit answers to this conference.
            if (ownerCategory == null) {
                throw new CommandRefused(INVALID, field + ".ownerUnit", "'" + owner + "' is not a member unit");
            }
            adopted.add(new MeetingHeld.Resolution(id, text, owner, ownerCategory));
        }
        return adopted;
    }

    @EventSourcingHandler
    void on(JointConferenceEstablished event) {
        this.conferenceId = event.conferenceId();
    }

    @EventSourcingHandler
    void on(MemberUnitJoined event) {
        memberUnits.put(event.unit(), event.category());
    }

    @EventSourcingHandler
    void on(MemberUnitLeft event) {
        memberUnits.remove(event.unit());
    }

    @EventSourcingHandler
    void on(MeetingHeld event) {
        meetings.add(event.meetingId());
        for (MeetingHeld.Resolution resolution : event.resolutions()) {
            resolutions.put(resolution.resolutionId(), new Resolution(event.meetingId(), resolution.ownerUnit(),
                    resolution.ownerCategory(), ResolutionStatus.OPEN));
        }
    }

    @EventSourcingHandler
    void on(ResolutionStatusChanged event) {
        resolutions.computeIfPresent(event.resolutionId(), (id, resolution) -> resolution.withStatus(event.toStatus()));
    }

    private record Resolution(String meetingId, String ownerUnit, Category ownerCategory, ResolutionStatus status) {

        Resolution withStatus(ResolutionStatus next) {
            return new Resolution(meetingId, ownerUnit, ownerCategory, next);
        }
    }
}
