package org.haian.strata.liaison.web.bases;

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
import org.haian.strata.contract.liaison.WorkBaseEstablished;
import org.haian.strata.liaison.api.bases.CloseWorkBase;
import org.haian.strata.liaison.api.bases.EstablishWorkBaseOnAnchor;
import org.haian.strata.liaison.api.bases.FindWorkBase;
import org.haian.strata.liaison.api.bases.ListWorkBases;
import org.haian.strata.liaison.api.bases.WorkBasePage;
import org.haian.strata.liaison.api.bases.WorkBaseView;
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

import static org.haian.strata.platform.domain.CommandRefused.Kind.NOT_FOUND;

/** The work bases (工作基地) of the association's network over HTTP, for the city and township officers. */
@RestController
@Tag(name = "Work bases 工作基地",
        description = "Work bases of the association network, each anchored on an organisation.")
@RequestMapping(WorkBasesController.PATH)
public class WorkBasesController {

    static final String PATH = "/api/liaison/bases";

    private final RequestCommands commands;
    private final QueryGateway queries;
    private final AggregateHistory history;
    private final RecordTables tables;

    public WorkBasesController(RequestCommands commands, QueryGateway queries, AggregateHistory history,
                               RecordTables tables) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.tables = tables;
    }

    /**
     * A township officer establishes a base in their own township (which they may leave out); the city in any. The
     * anchor must be an organisation of the registry within the caller's township, which the establishment decides
     * from the organisation's own events: one registered a moment ago anchors a base at once.
     */
    @PostMapping
    @Operation(summary = "Establish a work base anchored on an organisation")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<BaseId> establish(@Valid @RequestBody EstablishWorkBaseRequest body,
                                            HttpServletRequest request) {
        String baseId = UUID.randomUUID().toString();
        commands.send(new EstablishWorkBaseOnAnchor(baseId, body.name(), body.category(),
                Tenancy.writableTownship(body.township()), body.anchorOrganisationId().strip()), request);
        return ResponseEntity.created(URI.create(PATH + "/" + baseId)).body(new BaseId(baseId));
    }

    /** Closes the base; a closed base cannot close again (409); another township's base is not found (404). */
    @PostMapping("/{baseId}/close")
    @Operation(summary = "Close a base, with a reason")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public BaseId close(@PathVariable String baseId, @Valid @RequestBody CloseWorkBaseRequest body,
                        HttpServletRequest request) {
        commands.send(new CloseWorkBase(baseId, body.reason()), request);
        return new BaseId(baseId);
    }

    /** A page of bases by name, open and closed; a township officer's list holds their own township only. */
    @GetMapping
    @Operation(summary = "List bases, paged, by township and category")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public WorkBasePage list(@RequestParam(required = false) @KnownTownship String township,
                             @RequestParam(required = false) Category category,
                             @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.query(new ListWorkBases(Tenancy.readableTownship(township), category, page, size),
                WorkBasePage.class).join();
    }

    /** The list as an export: every page of it, with the same filters and the same township rule. */
    @GetMapping(produces = {Table.CSV, Table.XLSX})
    @Operation(summary = "Export bases as CSV or XLSX, by township and category")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public Table export(@RequestParam(required = false) @KnownTownship String township,
                        @RequestParam(required = false) Category category) {
        String scope = Tenancy.readableTownship(township);
        return tables.of("bases", WorkBaseView.class, RecordTables.everyPage(page -> queries.query(
                new ListWorkBases(scope, category, page, 100), WorkBasePage.class).join().items()));
    }

    @GetMapping("/{baseId}")
    @Operation(summary = "One base")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public WorkBaseView find(@PathVariable String baseId) {
        return Tenancy.visibleOrNotFound(queries.query(new FindWorkBase(baseId),
                ResponseTypes.optionalInstanceOf(WorkBaseView.class)).join(), WorkBaseView::township, "baseId");
    }

    /** Who did what when to this base, from the event store. */
    @GetMapping("/{baseId}/history")
    @Operation(summary = "Who did what when to a base")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public List<HistoryEntry> history(@PathVariable String baseId) {
        return history.ofTownshipRecord(baseId, WorkBaseEstablished.class, "baseId");
    }

    /** What a write answers: the base's id (for an establishment also in the Location header). */
    public record BaseId(String baseId) {
    }
}
