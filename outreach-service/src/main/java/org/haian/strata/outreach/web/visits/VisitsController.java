package org.haian.strata.outreach.web.visits;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.outreach.VisitPlanned;
import org.haian.strata.outreach.api.visits.FindVisit;
import org.haian.strata.outreach.api.visits.ListProblems;
import org.haian.strata.outreach.api.visits.ListVisits;
import org.haian.strata.outreach.api.visits.LogVisit;
import org.haian.strata.outreach.api.visits.PlanVisit;
import org.haian.strata.outreach.api.visits.ProblemPage;
import org.haian.strata.outreach.api.visits.ProblemState;
import org.haian.strata.outreach.api.visits.ProblemView;
import org.haian.strata.outreach.api.visits.RaiseProblem;
import org.haian.strata.outreach.api.visits.ResolveProblem;
import org.haian.strata.outreach.api.visits.SuggestVisits;
import org.haian.strata.outreach.api.visits.VisitPage;
import org.haian.strata.outreach.api.visits.VisitSuggestion;
import org.haian.strata.outreach.api.visits.VisitView;
import org.haian.strata.outreach.web.references.RecordId;
import org.haian.strata.outreach.web.references.ReferenceLookup;
import org.haian.strata.platform.domain.CommandRefused;
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
 * Visits (走访连心, 每周一访) over HTTP, for the city and township officers: plan, suggest next week's, log, and
 * follow up the problems raised until resolved. Translates requests into commands and queries, nothing more.
 */
@RestController
@Tag(name = "Visits 走访连心", description = "One visit a week: plan, suggestion, visit log, problems and follow-up.")
@RequestMapping("/api/outreach")
public class VisitsController {

    static final String VISITS = "/api/outreach/visits";

    private final RequestCommands commands;
    private final QueryGateway queries;
    private final AggregateHistory history;
    private final ReferenceLookup lookup;
    private final RecordTables tables;

    public VisitsController(RequestCommands commands, QueryGateway queries, AggregateHistory history,
                            ReferenceLookup lookup, RecordTables tables) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.lookup = lookup;
        this.tables = tables;
    }

    /** The visit goes to the organisation's township; an officer plans in their own only. */
    @PostMapping("/visits")
    @Operation(summary = "Plan a visit to an organisation")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<VisitId> plan(@Valid @RequestBody PlanVisitRequest body, HttpServletRequest request) {
        String visitId = UUID.randomUUID().toString();
        commands.send(new PlanVisit(visitId, Tenancy.writableTownship(body.township()), body.organisationId(),
                lookup.organisation(body.organisationId()).orElse(null), body.plannedFor(), body.leadCadreId(),
                lookup.cadre(body.leadCadreId()).orElse(null)), request);
        return ResponseEntity.created(URI.create(VISITS + "/" + visitId)).body(new VisitId(visitId));
    }

    @PostMapping("/visits/{visitId}/log")
    @Operation(summary = "Log a planned visit that took place (VisitLogged)")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public VisitId log(@PathVariable String visitId, @Valid @RequestBody LogVisitRequest body,
                       HttpServletRequest request) {
        commands.send(new LogVisit(visitId, body.visitedOn(), body.leadCadreId(),
                lookup.cadre(body.leadCadreId()).orElse(null), body.visitingCadreIds(),
                lookup.cadres(body.visitingCadreIds()), body.peopleMetIds(), lookup.people(body.peopleMetIds()),
                body.findings()), request);
        return new VisitId(visitId);
    }

    @PostMapping("/visits/{visitId}/problems")
    @Operation(summary = "Raise a problem found on a visit, with its follow-up owner and due day")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<ProblemId> raise(@PathVariable String visitId, @Valid @RequestBody RaiseProblemRequest body,
                                           HttpServletRequest request) {
        String problemId = UUID.randomUUID().toString();
        commands.send(new RaiseProblem(visitId, problemId, body.description(), body.owner(), body.dueOn()), request);
        return ResponseEntity.created(URI.create(VISITS + "/" + visitId + "/problems/" + problemId))
                .body(new ProblemId(visitId, problemId));
    }

    @PostMapping("/visits/{visitId}/problems/{problemId}/resolution")
    @Operation(summary = "Resolve a problem raised on a visit, with a note")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ProblemId resolve(@PathVariable String visitId, @PathVariable String problemId,
                             @Valid @RequestBody ResolveProblemRequest body, HttpServletRequest request) {
        commands.send(new ResolveProblem(visitId, problemId, body.resolvedOn(), body.note()), request);
        return new ProblemId(visitId, problemId);
    }

    @GetMapping("/visits")
    @Operation(summary = "List visits, paged, latest planned first")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public VisitPage list(@RequestParam(required = false) @KnownTownship String township,
                          @RequestParam(required = false) Category category,
                          @RequestParam(required = false) @Pattern(regexp = RecordId.PATTERN,
                                  message = RecordId.MESSAGE) String organisationId,
                          @RequestParam(required = false) Boolean logged,
                          @RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.query(new ListVisits(Tenancy.readableTownship(township), category, organisationId, logged,
                page, size), VisitPage.class).join();
    }

    /** The list as an export: every page of it, with the same filters and the same township rule. */
    @GetMapping(value = "/visits", produces = {Table.CSV, Table.XLSX})
    @Operation(summary = "Export visits as CSV or XLSX, with the list's filters")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public Table exportVisits(@RequestParam(required = false) @KnownTownship String township,
                              @RequestParam(required = false) Category category,
                              @RequestParam(required = false) @Pattern(regexp = RecordId.PATTERN,
                                      message = RecordId.MESSAGE) String organisationId,
                              @RequestParam(required = false) Boolean logged) {
        String scope = Tenancy.readableTownship(township);
        return tables.of("visits", VisitView.class, RecordTables.everyPage(page -> queries.query(
                new ListVisits(scope, category, organisationId, logged, page, 100), VisitPage.class).join().items()));
    }

    @GetMapping("/visits/{visitId}")
    @Operation(summary = "One visit")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public VisitView find(@PathVariable String visitId) {
        return Tenancy.visibleOrNotFound(queries.query(new FindVisit(visitId),
                ResponseTypes.optionalInstanceOf(VisitView.class)).join(), VisitView::township, "visitId");
    }

    @GetMapping("/visits/{visitId}/history")
    @Operation(summary = "Who did what when to a visit")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public List<HistoryEntry> history(@PathVariable String visitId) {
        return history.ofTownshipRecord(visitId, VisitPlanned.class, "visitId");
    }

    /**
     * Next week's visit for a township and category, in {@code VisitPriority}'s order: never visited first, then
     * visited longest ago; then larger headcount, larger influence; then name and id.
     */
    @GetMapping("/visit-suggestion")
    @Operation(summary = "Next week's visit (每周一访): organisations in the order they should be visited")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public VisitSuggestion suggest(@RequestParam(required = false) @KnownTownship String township,
                                   @RequestParam(required = false) Category category,
                                   @RequestParam(defaultValue = "5") @Min(1) @Max(50) int limit) {
        // Both are checked here rather than as required parameters, so a missing one is named like a wrong one.
        String confined = Tenancy.readableTownship(township);
        if (confined == null) {
            throw new CommandRefused(CommandRefused.Kind.INVALID, "township", "is required: a suggestion is for "
                    + "one township");
        }
        if (category == null) {
            throw new CommandRefused(CommandRefused.Kind.INVALID, "category", "is required: a suggestion is for "
                    + "one category");
        }
        return queries.query(new SuggestVisits(confined, category, limit), VisitSuggestion.class).join();
    }

    /** Problems raised on visits: all, the open, the overdue (as of today in Hai'an) or the resolved. */
    @GetMapping("/problems")
    @Operation(summary = "List problems raised on visits, paged, earliest due first")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ProblemPage problems(@RequestParam(required = false) @KnownTownship String township,
                                @RequestParam(required = false) Category category,
                                @RequestParam(required = false) ProblemState state,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.query(new ListProblems(Tenancy.readableTownship(township), category, state, page, size),
                ProblemPage.class).join();
    }

    /** The list as an export: every page of it, with the same filters and the same township rule. */
    @GetMapping(value = "/problems", produces = {Table.CSV, Table.XLSX})
    @Operation(summary = "Export problems raised on visits as CSV or XLSX, by township, category and state")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public Table exportProblems(@RequestParam(required = false) @KnownTownship String township,
                                @RequestParam(required = false) Category category,
                                @RequestParam(required = false) ProblemState state) {
        String scope = Tenancy.readableTownship(township);
        return tables.of("problems", ProblemView.class, RecordTables.everyPage(page -> queries.query(
                new ListProblems(scope, category, state, page, 100), ProblemPage.class).join().items()));
    }

    /** What a write answers: the visit's id (for a plan also in the Location header). */
    public record VisitId(String visitId) {
    }

    /** What a problem's write answers. */
    public record ProblemId(String visitId, String problemId) {
    }
}
