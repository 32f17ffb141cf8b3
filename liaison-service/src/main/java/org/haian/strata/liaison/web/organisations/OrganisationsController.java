package org.haian.strata.liaison.web.organisations;

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
import org.haian.strata.contract.liaison.OrganisationKind;
import org.haian.strata.contract.liaison.OrganisationRegistered;
import org.haian.strata.liaison.api.organisations.FindOrganisation;
import org.haian.strata.liaison.api.organisations.ListOrganisations;
import org.haian.strata.liaison.api.organisations.OrganisationPage;
import org.haian.strata.liaison.api.organisations.OrganisationView;
import org.haian.strata.liaison.api.organisations.RegisterOrganisation;
import org.haian.strata.liaison.api.organisations.UpdateOrganisation;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry of organisations (组织) over HTTP, for the city and township officers: translates requests into
 * commands and queries, nothing more.
 */
@RestController
@Tag(name = "Organisations 组织",
        description = "Firms, media outlets, intermediary and social organisations, studios: kind, headcount, "
                + "influence.")
@RequestMapping(OrganisationsController.PATH)
public class OrganisationsController {

    static final String PATH = "/api/liaison/organisations";

    private final RequestCommands commands;
    private final QueryGateway queries;
    private final AggregateHistory history;
    private final RecordTables tables;

    public OrganisationsController(RequestCommands commands, QueryGateway queries, AggregateHistory history,
                                   RecordTables tables) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.tables = tables;
    }

    /** A township officer registers into their own township (which they may leave out); the city into any. */
    @PostMapping
    @Operation(summary = "Register an organisation")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<OrganisationId> register(@Valid @RequestBody RegisterOrganisationRequest body,
                                                   HttpServletRequest request) {
        String organisationId = UUID.randomUUID().toString();
        commands.send(new RegisterOrganisation(organisationId, body.name(), body.kind(), body.category(),
                Tenancy.writableTownship(body.township()), body.headcount(), body.influence(),
                body.followers()), request);
        return ResponseEntity.created(URI.create(PATH + "/" + organisationId)).body(new OrganisationId(organisationId));
    }

    /**
     * Replaces the details. An officer may neither move the organisation to another township (403) nor touch one
     * of another township (404, decided by the organisation itself).
     */
    @PutMapping("/{organisationId}")
    @Operation(summary = "Replace an organisation's details")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public OrganisationId update(@PathVariable String organisationId,
                                 @Valid @RequestBody UpdateOrganisationRequest body, HttpServletRequest request) {
        commands.send(new UpdateOrganisation(organisationId, body.name(), body.category(),
                Tenancy.writableTownship(body.township()), body.headcount(), body.influence(),
                body.followers()), request);
        return new OrganisationId(organisationId);
    }

    /** A page of organisations by name; a township officer's list holds their own township only. */
    @GetMapping
    @Operation(summary = "List organisations, paged, by township, category and kind")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public OrganisationPage list(@RequestParam(required = false) @KnownTownship String township,
                                 @RequestParam(required = false) Category category,
                                 @RequestParam(required = false) OrganisationKind kind,
                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.query(new ListOrganisations(Tenancy.readableTownship(township), category, kind, page, size),
                OrganisationPage.class).join();
    }

    /** The list as an export: every page of it, with the same filters and the same township rule. */
    @GetMapping(produces = {Table.CSV, Table.XLSX})
    @Operation(summary = "Export organisations as CSV or XLSX, by township, category and kind")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public Table export(@RequestParam(required = false) @KnownTownship String township,
                        @RequestParam(required = false) Category category,
                        @RequestParam(required = false) OrganisationKind kind) {
        String scope = Tenancy.readableTownship(township);
        return tables.of("organisations", OrganisationView.class, RecordTables.everyPage(page -> queries.query(
                new ListOrganisations(scope, category, kind, page, 100), OrganisationPage.class).join().items()));
    }

    @GetMapping("/{organisationId}")
    @Operation(summary = "One organisation")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public OrganisationView find(@PathVariable String organisationId) {
        return Tenancy.visibleOrNotFound(queries.query(new FindOrganisation(organisationId),
                ResponseTypes.optionalInstanceOf(OrganisationView.class)).join(), OrganisationView::township,
                "organisationId");
    }

    /** Who did what when to this organisation, from the event store. */
    @GetMapping("/{organisationId}/history")
    @Operation(summary = "Who did what when to an organisation")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public List<HistoryEntry> history(@PathVariable String organisationId) {
        return history.ofTownshipRecord(organisationId, OrganisationRegistered.class, "organisationId");
    }

    /** What a write answers: the organisation's id (for a registration also in the Location header). */
    public record OrganisationId(String organisationId) {
    }
}
