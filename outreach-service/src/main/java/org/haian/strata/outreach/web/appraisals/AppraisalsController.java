package org.haian.strata.outreach.web.appraisals;

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
import org.haian.strata.contract.outreach.AppraisalKind;
import org.haian.strata.contract.outreach.AppraisalOpened;
import org.haian.strata.outreach.api.appraisals.AppraisalPage;
import org.haian.strata.outreach.api.appraisals.AppraisalSummary;
import org.haian.strata.outreach.api.appraisals.AppraisalView;
import org.haian.strata.outreach.api.appraisals.AwardAppraisal;
import org.haian.strata.outreach.api.appraisals.CastVotes;
import org.haian.strata.outreach.api.appraisals.CloseAppraisal;
import org.haian.strata.outreach.api.appraisals.FindAppraisal;
import org.haian.strata.outreach.api.appraisals.ListAppraisals;
import org.haian.strata.outreach.api.appraisals.Nominate;
import org.haian.strata.outreach.api.appraisals.OpenAppraisal;
import org.haian.strata.outreach.api.appraisals.RecheckTally;
import org.haian.strata.outreach.api.appraisals.TallyCheck;
import org.haian.strata.outreach.web.references.ReferenceLookup;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.export.RecordTables;
import org.haian.strata.platform.export.Table;
import org.haian.strata.platform.history.AggregateHistory;
import org.haian.strata.platform.history.HistoryEntry;
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
 * The annual appraisals (十佳网友 / 网媒 / 网文) over HTTP. The city runs them: open, nominate, record ballots,
 * close, award; township officers read them. The tally can be re-checked from the stored events by anyone who
 * reads the appraisal.
 */
@RestController
@Tag(name = "Appraisals 十佳评选", description = "Top-10 netizens, online media and online articles: nominations, "
        + "votes, close, award, and a re-check of the tally from the stored events.")
@RequestMapping(AppraisalsController.PATH)
public class AppraisalsController {

    static final String PATH = "/api/outreach/appraisals";

    private final RequestCommands commands;
    private final QueryGateway queries;
    private final AggregateHistory history;
    private final ReferenceLookup lookup;
    private final RecordTables tables;

    public AppraisalsController(RequestCommands commands, QueryGateway queries, AggregateHistory history,
                                ReferenceLookup lookup, RecordTables tables) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.lookup = lookup;
        this.tables = tables;
    }

    /** The appraisal's id is its year and kind ({@code 2025-netizens}): a second one of both is a conflict. */
    @PostMapping
    @Operation(summary = "Open the appraisal of a year and kind")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public ResponseEntity<AppraisalId> open(@Valid @RequestBody OpenAppraisalRequest body,
                                            HttpServletRequest request) {
        String appraisalId = OpenAppraisal.idOf(body.year(), body.kind());
        commands.send(new OpenAppraisal(appraisalId, body.year(), body.kind()), request);
        return ResponseEntity.created(URI.create(PATH + "/" + appraisalId)).body(new AppraisalId(appraisalId));
    }

    @PostMapping("/{appraisalId}/nominees")
    @Operation(summary = "Nominate a person, a media outlet or an article")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public ResponseEntity<NomineeId> nominate(@PathVariable String appraisalId,
                                              @Valid @RequestBody NominateRequest body, HttpServletRequest request) {
        String nomineeId = UUID.randomUUID().toString();
        commands.send(new Nominate(appraisalId, nomineeId, body.personId(), lookup.person(body.personId())
                .orElse(null), body.organisationId(), lookup.organisation(body.organisationId()).orElse(null),
                body.articleTitle(), body.articleLink()), request);
        return ResponseEntity.created(URI.create(PATH + "/" + appraisalId)).body(new NomineeId(appraisalId,
                nomineeId));
    }

    @PostMapping("/{appraisalId}/votes")
    @Operation(summary = "Record a voter's votes: at most ten distinct nominees per appraisal, each once")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public AppraisalId vote(@PathVariable String appraisalId, @Valid @RequestBody CastVotesRequest body,
                            HttpServletRequest request) {
        commands.send(new CastVotes(appraisalId, body.voterId(), body.nomineeIds()), request);
        return new AppraisalId(appraisalId);
    }

    @PostMapping("/{appraisalId}/close")
    @Operation(summary = "Close nominations and votes; nothing changes after close but the award")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public AppraisalId close(@PathVariable String appraisalId, HttpServletRequest request) {
        commands.send(new CloseAppraisal(appraisalId), request);
        return new AppraisalId(appraisalId);
    }

    @PostMapping("/{appraisalId}/award")
    @Operation(summary = "Award the top ten of a closed appraisal (ties: the earlier nomination first)")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public AppraisalId award(@PathVariable String appraisalId, HttpServletRequest request) {
        commands.send(new AwardAppraisal(appraisalId), request);
        return new AppraisalId(appraisalId);
    }

    @GetMapping
    @Operation(summary = "List appraisals, paged, latest year first")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public AppraisalPage list(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                              @RequestParam(required = false) AppraisalKind kind,
                              @RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.query(new ListAppraisals(year, kind, page, size), AppraisalPage.class).join();
    }

    /** The list as an export: every page of it, with the same filters. */
    @GetMapping(produces = {Table.CSV, Table.XLSX})
    @Operation(summary = "Export appraisals as CSV or XLSX, by year and kind")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public Table export(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                        @RequestParam(required = false) AppraisalKind kind) {
        return tables.of("appraisals", AppraisalSummary.class, RecordTables.everyPage(page -> queries.query(
                new ListAppraisals(year, kind, page, 100), AppraisalPage.class).join().items()));
    }

    @GetMapping("/{appraisalId}")
    @Operation(summary = "One appraisal with its nominees and votes")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public AppraisalView find(@PathVariable String appraisalId) {
        return queries.query(new FindAppraisal(appraisalId), ResponseTypes.optionalInstanceOf(AppraisalView.class))
                .join().orElseThrow(() -> CommandRefused.notFound("appraisalId"));
    }

    /** The tally counted again from the event store, beside the award: {@code matches} says they agree. */
    @GetMapping("/{appraisalId}/tally")
    @Operation(summary = "Re-check the tally from the stored events against the award")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public TallyCheck tally(@PathVariable String appraisalId) {
        return queries.query(new RecheckTally(appraisalId), ResponseTypes.optionalInstanceOf(TallyCheck.class))
                .join().orElseThrow(() -> CommandRefused.notFound("appraisalId"));
    }

    @GetMapping("/{appraisalId}/history")
    @Operation(summary = "Who did what when to an appraisal")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public List<HistoryEntry> history(@PathVariable String appraisalId) {
        return history.ofCityRecord(appraisalId, AppraisalOpened.class, "appraisalId");
    }

    /** What an appraisal's write answers. */
    public record AppraisalId(String appraisalId) {
    }

    /** What a nomination answers. */
    public record NomineeId(String appraisalId, String nomineeId) {
    }
}
