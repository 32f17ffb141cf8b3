package org.haian.strata.outreach.web.activities;

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
import org.haian.strata.contract.Category;
import org.haian.strata.contract.outreach.ActivityKind;
import org.haian.strata.contract.outreach.ActivityOrganised;
import org.haian.strata.outreach.api.activities.ActivityPage;
import org.haian.strata.outreach.api.activities.ActivityView;
import org.haian.strata.outreach.api.activities.ConcludeAppeal;
import org.haian.strata.outreach.api.activities.FindActivity;
import org.haian.strata.outreach.api.activities.HearAppeal;
import org.haian.strata.outreach.api.activities.InvitePeople;
import org.haian.strata.outreach.api.activities.ListActivities;
import org.haian.strata.outreach.api.activities.OrganiseActivity;
import org.haian.strata.outreach.api.activities.RecordAttendance;
import org.haian.strata.outreach.web.references.ReferenceLookup;
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
 * Programmes (服务融情) and co-hosted events (同行合台) over HTTP, for the city and township officers: organise,
 * invite, record attendance per person, hear appeals and record their outcome.
 */
@RestController
@Tag(name = "Programmes and co-hosted events 服务融情 同行合台", description = "Training, voice, participation and "
        + "service activities, co-hosted events with the federations, salons: invitations, attendance, appeals.")
@RequestMapping(ActivitiesController.PATH)
public class ActivitiesController {

    static final String PATH = "/api/outreach/activities";

    private final RequestCommands commands;
    private final QueryGateway queries;
    private final AggregateHistory history;
    private final ReferenceLookup lookup;
    private final RecordTables tables;

    public ActivitiesController(RequestCommands commands, QueryGateway queries, AggregateHistory history,
                                ReferenceLookup lookup, RecordTables tables) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.lookup = lookup;
        this.tables = tables;
    }

    @PostMapping
    @Operation(summary = "Organise an activity of a programme, a co-hosted event or a salon")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<ActivityId> organise(@Valid @RequestBody OrganiseActivityRequest body,
                                               HttpServletRequest request) {
        String activityId = UUID.randomUUID().toString();
        commands.send(new OrganiseActivity(activityId, Tenancy.writableTownship(body.township()), body.category(),
                body.kind(), body.title(), body.heldOn(), body.partnerUnits()), request);
        return ResponseEntity.created(URI.create(PATH + "/" + activityId)).body(new ActivityId(activityId));
    }

    @PostMapping("/{activityId}/invitations")
    @Operation(summary = "Invite registered people")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ActivityId invite(@PathVariable String activityId, @Valid @RequestBody InvitePeopleRequest body,
                             HttpServletRequest request) {
        commands.send(new InvitePeople(activityId, body.personIds(), lookup.people(body.personIds())), request);
        return new ActivityId(activityId);
    }

    @PostMapping("/{activityId}/attendance")
    @Operation(summary = "Record that a registered person took part (once per person)")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ActivityId attend(@PathVariable String activityId, @Valid @RequestBody AttendanceRequest body,
                             HttpServletRequest request) {
        commands.send(new RecordAttendance(activityId, body.personId(), lookup.person(body.personId()).orElse(null)),
                request);
        return new ActivityId(activityId);
    }

    @PostMapping("/{activityId}/appeals")
    @Operation(summary = "Hear a registered person's appeal")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<AppealId> hear(@PathVariable String activityId, @Valid @RequestBody HearAppealRequest body,
                                         HttpServletRequest request) {
        String appealId = UUID.randomUUID().toString();
        commands.send(new HearAppeal(activityId, appealId, body.personId(), lookup.person(body.personId())
                .orElse(null), body.subject()), request);
        return ResponseEntity.created(URI.create(PATH + "/" + activityId)).body(new AppealId(activityId, appealId));
    }

    @PostMapping("/{activityId}/appeals/{appealId}/outcome")
    @Operation(summary = "Record how an appeal ended: resolved, referred or declined (once)")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public AppealId conclude(@PathVariable String activityId, @PathVariable String appealId,
                             @Valid @RequestBody ConcludeAppealRequest body, HttpServletRequest request) {
        commands.send(new ConcludeAppeal(activityId, appealId, body.outcome(), body.concludedOn(), body.note()),
                request);
        return new AppealId(activityId, appealId);
    }

    @GetMapping
    @Operation(summary = "List activities, paged, latest first, by township, category, kind and programme")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ActivityPage list(@RequestParam(required = false) @KnownTownship String township,
                             @RequestParam(required = false) Category category,
                             @RequestParam(required = false) ActivityKind kind,
                             @RequestParam(required = false) ActivityKind.Programme programme,
                             @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.query(new ListActivities(Tenancy.readableTownship(township), category, kind, programme, page,
                size), ActivityPage.class).join();
    }

    /** The list as an export: every page of it, with the same filters and the same township rule. */
    @GetMapping(produces = {Table.CSV, Table.XLSX})
    @Operation(summary = "Export activities as CSV or XLSX, by township, category, kind and programme")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public Table export(@RequestParam(required = false) @KnownTownship String township,
                        @RequestParam(required = false) Category category,
                        @RequestParam(required = false) ActivityKind kind,
                        @RequestParam(required = false) ActivityKind.Programme programme) {
        String scope = Tenancy.readableTownship(township);
        return tables.of("activities", ActivityView.class, RecordTables.everyPage(page -> queries.query(
                new ListActivities(scope, category, kind, programme, page, 100), ActivityPage.class).join().items()));
    }

    @GetMapping("/{activityId}")
    @Operation(summary = "One activity with its invitations, attendance and appeals")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ActivityView find(@PathVariable String activityId) {
        return Tenancy.visibleOrNotFound(queries.query(new FindActivity(activityId),
                ResponseTypes.optionalInstanceOf(ActivityView.class)).join(), ActivityView::township, "activityId");
    }

    @GetMapping("/{activityId}/history")
    @Operation(summary = "Who did what when to an activity")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public List<HistoryEntry> history(@PathVariable String activityId) {
        return history.ofTownshipRecord(activityId, ActivityOrganised.class, "activityId");
    }

    /** What an activity's write answers. */
    public record ActivityId(String activityId) {
    }

    /** What an appeal's write answers. */
    public record AppealId(String activityId, String appealId) {
    }
}
