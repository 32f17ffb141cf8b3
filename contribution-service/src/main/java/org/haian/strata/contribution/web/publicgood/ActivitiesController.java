package org.haian.strata.contribution.web.publicgood;

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
import org.haian.strata.contract.contribution.PublicGoodActivityHeld;
import org.haian.strata.contract.contribution.PublicGoodActivityKind;
import org.haian.strata.contribution.api.publicgood.ActivityPage;
import org.haian.strata.contribution.api.publicgood.ActivityView;
import org.haian.strata.contribution.api.publicgood.FindActivity;
import org.haian.strata.contribution.api.publicgood.HoldActivity;
import org.haian.strata.contribution.api.publicgood.ListActivities;
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
 * Public-good activities (公益活动) over HTTP: charity such as the "Sunshine Action" for children with special
 * needs, heritage work and salons, with the people who took part (people of the registry, not archived: 422 naming
 * {@code participantIds}).
 */
@RestController
@Tag(name = "Public-good activities 公益活动",
        description = "Charity and culture activities and salons, with their participants.")
@RequestMapping(ActivitiesController.PATH)
public class ActivitiesController {

    static final String PATH = "/api/contribution/activities";

    private final RequestCommands commands;
    private final QueryGateway queries;
    private final AggregateHistory history;
    private final References references;
    private final RecordTables tables;

    public ActivitiesController(RequestCommands commands, QueryGateway queries, AggregateHistory history,
                                References references, RecordTables tables) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.references = references;
        this.tables = tables;
    }

    @PostMapping
    @Operation(summary = "Record a public-good activity with its participants")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<ActivityId> hold(@Valid @RequestBody HoldActivityRequest body, HttpServletRequest request) {
        String township = Tenancy.writableTownship(body.township());
        body.participantIds().forEach(person -> references.person("participantIds", person));
        String activityId = UUID.randomUUID().toString();
        commands.send(new HoldActivity(activityId, township, body.category(), body.kind(), body.title(),
                body.heldOn(), body.participantIds()), request);
        return ResponseEntity.created(URI.create(PATH + "/" + activityId)).body(new ActivityId(activityId));
    }

    @GetMapping
    @Operation(summary = "List activities, latest first, paged, by township and kind")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ActivityPage list(@RequestParam(required = false) @KnownTownship String township,
                             @RequestParam(required = false) PublicGoodActivityKind kind,
                             @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.query(new ListActivities(Tenancy.readableTownship(township), kind, page, size),
                ActivityPage.class).join();
    }

    /** The list as an export: every page of it, with the same filters and the same township rule. */
    @GetMapping(produces = {Table.CSV, Table.XLSX})
    @Operation(summary = "Export public-good activities as CSV or XLSX, by township and kind")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public Table export(@RequestParam(required = false) @KnownTownship String township,
                        @RequestParam(required = false) PublicGoodActivityKind kind) {
        String scope = Tenancy.readableTownship(township);
        return tables.of("public-good-activities", ActivityView.class, RecordTables.everyPage(page -> queries.query(
                new ListActivities(scope, kind, page, 100), ActivityPage.class).join().items()));
    }

    @GetMapping("/{activityId}")
    @Operation(summary = "One activity with its participants")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ActivityView find(@PathVariable String activityId) {
        return Tenancy.visibleOrNotFound(queries.query(new FindActivity(activityId),
                ResponseTypes.optionalInstanceOf(ActivityView.class)).join(), ActivityView::township, "activityId");
    }

    @GetMapping("/{activityId}/history")
    @Operation(summary = "Who recorded an activity, and when")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public List<HistoryEntry> history(@PathVariable String activityId) {
        return history.ofTownshipRecord(activityId, PublicGoodActivityHeld.class, "activityId");
    }

    /** What a write answers: the activity's id (also in the Location header). */
    public record ActivityId(String activityId) {
    }
}
