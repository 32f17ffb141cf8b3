package org.haian.strata.liaison.web.conference;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.contract.liaison.JointConferenceEstablished;
import org.haian.strata.contract.liaison.ResolutionStatus;
import org.haian.strata.liaison.api.conference.ChangeResolutionStatus;
import org.haian.strata.liaison.api.conference.ConferenceSummary;
import org.haian.strata.liaison.api.conference.ConferenceView;
import org.haian.strata.liaison.api.conference.EstablishJointConference;
import org.haian.strata.liaison.api.conference.FindConference;
import org.haian.strata.liaison.api.conference.HoldMeeting;
import org.haian.strata.liaison.api.conference.JoinMemberUnit;
import org.haian.strata.liaison.api.conference.LeaveMemberUnit;
import org.haian.strata.liaison.api.conference.ListConferences;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.history.AggregateHistory;
import org.haian.strata.platform.history.HistoryEntry;
import org.haian.strata.platform.web.RequestCommands;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The joint conference (联席会议), the city's horizontal mechanism, over HTTP. It belongs to no township: the city
 * runs it (every write is the city's), and township officers follow it (they may read it).
 */
@RestController
@Tag(name = "Joint conference 联席会议",
        description = "The horizontal mechanism: member units serving a category, meetings and their "
                + "resolutions followed to done.")
@RequestMapping(ConferencesController.PATH)
public class ConferencesController {

    static final String PATH = "/api/liaison/conferences";

    private final RequestCommands commands;
    private final QueryGateway queries;
    private final AggregateHistory history;

    public ConferencesController(RequestCommands commands, QueryGateway queries, AggregateHistory history) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
    }

    @PostMapping
    @Operation(summary = "Establish the joint conference (city only)")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public ResponseEntity<ConferenceId> establish(@Valid @RequestBody EstablishConferenceRequest body,
                                                  HttpServletRequest request) {
        String conferenceId = UUID.randomUUID().toString();
        commands.send(new EstablishJointConference(conferenceId, body.name(), body.convener()), request);
        return ResponseEntity.created(URI.create(PATH + "/" + conferenceId)).body(new ConferenceId(conferenceId));
    }

    /** A unit joins to serve one category; it is shown in the conference, so there is no Location to give. */
    @PostMapping("/{conferenceId}/member-units")
    @Operation(summary = "A unit joins to serve a category")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public MemberUnitChange join(@PathVariable String conferenceId, @Valid @RequestBody JoinMemberUnitRequest body,
                                 HttpServletRequest request) {
        commands.send(new JoinMemberUnit(conferenceId, body.unit(), body.category()), request);
        return new MemberUnitChange(conferenceId, body.unit().strip());
    }

    @DeleteMapping("/{conferenceId}/member-units/{unit}")
    @Operation(summary = "A unit leaves the conference")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public MemberUnitChange leave(@PathVariable String conferenceId, @PathVariable String unit,
                                  HttpServletRequest request) {
        commands.send(new LeaveMemberUnit(conferenceId, unit), request);
        return new MemberUnitChange(conferenceId, unit.strip());
    }

    /** Records a meeting; the answer gives the ids of the meeting and of its resolutions, in the order sent. */
    @PostMapping("/{conferenceId}/meetings")
    @Operation(summary = "Record a meeting and its resolutions")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public ResponseEntity<MeetingRecorded> holdMeeting(@PathVariable String conferenceId,
                                                       @Valid @RequestBody HoldMeetingRequest body,
                                                       HttpServletRequest request) {
        String meetingId = UUID.randomUUID().toString();
        List<HoldMeeting.Resolution> resolutions = body.resolutions() == null ? List.of() : body.resolutions().stream()
                .map(r -> new HoldMeeting.Resolution(UUID.randomUUID().toString(), r.text(), r.ownerUnit()))
                .toList();
        commands.send(new HoldMeeting(conferenceId, meetingId, body.date(), body.attendingUnits(), body.agenda(),
                resolutions), request);
        return ResponseEntity.created(URI.create(PATH + "/" + conferenceId + "/meetings/" + meetingId))
                .body(new MeetingRecorded(conferenceId, meetingId,
                        resolutions.stream().map(HoldMeeting.Resolution::resolutionId).toList()));
    }

    /** Follows a resolution (议定事项落实): OPEN, IN_PROGRESS, DONE; DONE is final (409). */
    @PutMapping("/{conferenceId}/resolutions/{resolutionId}/status")
    @Operation(summary = "Follow a resolution: OPEN, IN_PROGRESS, DONE")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public ResolutionStatusChange changeResolutionStatus(@PathVariable String conferenceId,
                                                         @PathVariable String resolutionId,
                                                         @Valid @RequestBody ChangeResolutionStatusRequest body,
                                                         HttpServletRequest request) {
        commands.send(new ChangeResolutionStatus(conferenceId, resolutionId, body.status()), request);
        return new ResolutionStatusChange(conferenceId, resolutionId, body.status());
    }

    @GetMapping
    @Operation(summary = "The conferences")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public List<ConferenceSummary> list() {
        return queries.query(new ListConferences(), ResponseTypes.multipleInstancesOf(ConferenceSummary.class)).join();
    }

    @GetMapping("/{conferenceId}")
    @Operation(summary = "One conference: units, meetings, resolutions")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ConferenceView find(@PathVariable String conferenceId) {
        return queries.query(new FindConference(conferenceId), ResponseTypes.optionalInstanceOf(ConferenceView.class))
                .join()
                .orElseThrow(() -> CommandRefused.notFound("conferenceId"));
    }

    @GetMapping("/{conferenceId}/meetings/{meetingId}")
    @Operation(summary = "One meeting")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ConferenceView.Meeting meeting(@PathVariable String conferenceId, @PathVariable String meetingId) {
        return find(conferenceId).meetings().stream()
                .filter(meeting -> meeting.meetingId().equals(meetingId))
                .findFirst()
                .orElseThrow(() -> CommandRefused.notFound("meetingId"));
    }

    /** Who did what when to this conference, from the event store. */
    @GetMapping("/{conferenceId}/history")
    @Operation(summary = "Who did what when to a conference")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public List<HistoryEntry> history(@PathVariable String conferenceId) {
        return history.of(conferenceId, JointConferenceEstablished.class, "conferenceId");
    }

    /** What establishing a conference answers: its id (also in the Location header). */
    public record ConferenceId(String conferenceId) {
    }

    /** What a unit's joining or leaving answers: the conference and the unit. */
    public record MemberUnitChange(String conferenceId, String unit) {
    }

    /** What recording a meeting answers: its id, and the ids of its resolutions in the order they were sent. */
    public record MeetingRecorded(String conferenceId, String meetingId, List<String> resolutionIds) {
    }

    /** What a status change answers: the resolution and its status from now on. */
    public record ResolutionStatusChange(String conferenceId, String resolutionId, ResolutionStatus status) {
    }
}
