package org.haian.strata.contribution.web.meetings;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.contract.contribution.GovernmentMeetingAttended;
import org.haian.strata.contract.contribution.MeetingKind;
import org.haian.strata.contribution.api.meetings.FindMeeting;
import org.haian.strata.contribution.api.meetings.ListMeetings;
import org.haian.strata.contribution.api.meetings.MeetingPage;
import org.haian.strata.contribution.api.meetings.MeetingView;
import org.haian.strata.contribution.api.meetings.RaiseContribution;
import org.haian.strata.contribution.api.meetings.RecordMeetingAttendance;
import org.haian.strata.contribution.web.References;
import org.haian.strata.platform.export.RecordTables;
import org.haian.strata.platform.export.Table;
import org.haian.strata.platform.history.AggregateHistory;
import org.haian.strata.platform.history.HistoryEntry;
import org.haian.strata.platform.security.Tenancy;
import org.haian.strata.platform.township.KnownTownship;
import org.haian.strata.platform.web.RequestCommands;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Members at government meetings (列席政府工作会议, 通报会) over HTTP, and what they raised there: a contribution that
 * becomes a suggestion when one is submitted naming the meeting. Attendees must be members of the association (422
 * naming {@code attendeeIds}).
 */
@RestController
@Tag(name = "Government meetings 列席政府会议",
        description = "Members attending government meetings and briefings, and what they raised.")
@RequestMapping(MeetingsController.PATH)
public class MeetingsController {

    static final String PATH = "/api/contribution/meetings";

    private final RequestCommands commands;
    private final QueryGateway queries;
    private final AggregateHistory history;
    private final References references;
    private final RecordTables tables;

    public MeetingsController(RequestCommands commands, QueryGateway queries, AggregateHistory history,
                              References references, RecordTables tables) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.references = references;
        this.tables = tables;
    }

    @PostMapping
    @Operation(summary = "Record that members attended a government meeting or briefing")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<MeetingId> record(@Valid @RequestBody RecordMeetingRequest body,
                                            HttpServletRequest request) {
        String township = Tenancy.writableTownship(body.township());
        body.attendeeIds().forEach(attendee -> references.member("attendeeIds", attendee));
        String meetingId = UUID.randomUUID().toString();
        commands.send(new RecordMeetingAttendance(meetingId, township, body.kind(), body.title(), body.heldOn(),
                body.attendeeIds()), request);
        return ResponseEntity.created(URI.create(PATH + "/" + meetingId)).body(new MeetingId(meetingId));
    }

    /** Only an attendee raises something at a meeting (400 naming {@code personId}). */
    @PostMapping("/{meetingId}/contributions")
    @Operation(summary = "Record what an attending member raised at the meeting")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public MeetingId raise(@PathVariable String meetingId, @Valid @RequestBody RaiseContributionRequest body,
                           HttpServletRequest request) {
        commands.send(new RaiseContribution(meetingId, UUID.randomUUID().toString(), body.personId().strip(),
                body.text()), request);
        return new MeetingId(meetingId);
    }

    @GetMapping
    @Operation(summary = "List meetings, latest first, paged, by township and kind")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public MeetingPage list(@RequestParam(required = false) @KnownTownship String township,
                            @RequestParam(required = false) MeetingKind kind,
                            @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.query(new ListMeetings(Tenancy.readableTownship(township), kind, page, size),
                MeetingPage.class).join();
    }

    /** The list as an export: every page of it, with the same filters and the same township rule. */
    @GetMapping(produces = {Table.CSV, Table.XLSX})
    @Operation(summary = "Export meetings with what members raised as CSV or XLSX, by township and kind")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public Table export(@RequestParam(required = false) @KnownTownship String township,
                        @RequestParam(required = false) MeetingKind kind) {
        String scope = Tenancy.readableTownship(township);
        return tables.of("meetings", MeetingView.class, RecordTables.everyPage(page -> queries.query(
                new ListMeetings(scope, kind, page, 100), MeetingPage.class).join().items()));
    }

    @GetMapping("/{meetingId}")
    @Operation(summary = "One meeting with its attendees and what they raised")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public MeetingView find(@PathVariable String meetingId) {
        return Tenancy.visibleOrNotFound(queries.query(new FindMeeting(meetingId),
                ResponseTypes.optionalInstanceOf(MeetingView.class)).join(), MeetingView::township, "meetingId");
    }

    @GetMapping("/{meetingId}/history")
    @Operation(summary = "Who did what when to a meeting's record")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public List<HistoryEntry> history(@PathVariable String meetingId) {
        return history.ofTownshipRecord(meetingId, GovernmentMeetingAttended.class, "meetingId");
    }

    /** What a write answers: the meeting's id (for a new record also in the Location header). */
    public record MeetingId(String meetingId) {
    }
}
