package org.haian.strata.contribution.web.suggestions;

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
import org.haian.strata.contract.contribution.SuggestionSubmitted;
import org.haian.strata.contribution.api.suggestions.AcceptSuggestion;
import org.haian.strata.contribution.api.suggestions.AdoptSuggestion;
import org.haian.strata.contribution.api.suggestions.FindSuggestion;
import org.haian.strata.contribution.api.suggestions.ListSuggestions;
import org.haian.strata.contribution.api.suggestions.RecordImplementation;
import org.haian.strata.contribution.api.suggestions.RejectSuggestion;
import org.haian.strata.contribution.api.suggestions.SubmitSuggestion;
import org.haian.strata.contribution.api.suggestions.SuggestionPage;
import org.haian.strata.contribution.api.suggestions.SuggestionStatus;
import org.haian.strata.contribution.api.suggestions.SuggestionView;
import org.haian.strata.contribution.api.suggestions.WriteIntoPlan;
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
 * Suggestions (建言献策) over HTTP: submitted, then accepted or rejected, adopted, implemented and written into a plan.
 * A step out of order is 409 naming where the suggestion stands.
 */
@RestController
@Tag(name = "Suggestions 建言献策",
        description = "Members' suggestions to the government and each step they take, from submission to a plan.")
@RequestMapping(SuggestionsController.PATH)
public class SuggestionsController {

    static final String PATH = "/api/contribution/suggestions";

    private final RequestCommands commands;
    private final QueryGateway queries;
    private final AggregateHistory history;
    private final References references;
    private final RecordTables tables;

    public SuggestionsController(RequestCommands commands, QueryGateway queries, AggregateHistory history,
                                 References references, RecordTables tables) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.references = references;
        this.tables = tables;
    }

    /**
     * Every author must be a person of the registry who is not archived (422 naming {@code authorIds}); an agreement
     * must be an active one of a village of the suggestion's township (422 naming {@code agreementId}), a meeting one
     * of the suggestion's township's (422 naming {@code meetingId}).
     */
    @PostMapping
    @Operation(summary = "Submit a suggestion by one or more authors")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<SuggestionId> submit(@Valid @RequestBody SubmitSuggestionRequest body,
                                               HttpServletRequest request) {
        String township = Tenancy.writableTownship(body.township());
        body.authorIds().forEach(author -> references.person("authorIds", author));
        String agreementId = blankAsNull(body.agreementId());
        if (agreementId != null) {
            references.activeAgreement("agreementId", agreementId, township);
        }
        String meetingId = blankAsNull(body.meetingId());
        if (meetingId != null) {
            references.meeting("meetingId", meetingId, township);
        }
        String suggestionId = UUID.randomUUID().toString();
        commands.send(new SubmitSuggestion(suggestionId, township, body.category(), body.authorIds(), body.topic(),
                body.text(), body.level(), agreementId, meetingId), request);
        return ResponseEntity.created(URI.create(PATH + "/" + suggestionId)).body(new SuggestionId(suggestionId));
    }

    @PostMapping("/{suggestionId}/accept")
    @Operation(summary = "Accept a submitted suggestion for consideration")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public SuggestionId accept(@PathVariable String suggestionId, HttpServletRequest request) {
        commands.send(new AcceptSuggestion(suggestionId), request);
        return new SuggestionId(suggestionId);
    }

    @PostMapping("/{suggestionId}/reject")
    @Operation(summary = "Reject a submitted suggestion, with a reason")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public SuggestionId reject(@PathVariable String suggestionId, @Valid @RequestBody RejectRequest body,
                               HttpServletRequest request) {
        commands.send(new RejectSuggestion(suggestionId, body.reason()), request);
        return new SuggestionId(suggestionId);
    }

    @PostMapping("/{suggestionId}/adopt")
    @Operation(summary = "Record the body that adopted an accepted suggestion")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public SuggestionId adopt(@PathVariable String suggestionId, @Valid @RequestBody AdoptRequest body,
                              HttpServletRequest request) {
        commands.send(new AdoptSuggestion(suggestionId, body.body()), request);
        return new SuggestionId(suggestionId);
    }

    @PostMapping("/{suggestionId}/implement")
    @Operation(summary = "Record that an adopted suggestion was implemented, with the evidence")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public SuggestionId implement(@PathVariable String suggestionId, @Valid @RequestBody ImplementRequest body,
                                  HttpServletRequest request) {
        commands.send(new RecordImplementation(suggestionId, body.note(), body.implementedOn(),
                body.documentReference()), request);
        return new SuggestionId(suggestionId);
    }

    @PostMapping("/{suggestionId}/plan")
    @Operation(summary = "Record the plan an implemented suggestion was written into")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public SuggestionId plan(@PathVariable String suggestionId, @Valid @RequestBody PlanRequest body,
                             HttpServletRequest request) {
        commands.send(new WriteIntoPlan(suggestionId, body.plan()), request);
        return new SuggestionId(suggestionId);
    }

    /** A page of suggestions, newest first; a township officer's list holds their own township only. */
    @GetMapping
    @Operation(summary = "List suggestions, paged, by township, category, status and origin")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public SuggestionPage list(@RequestParam(required = false) @KnownTownship String township,
                               @RequestParam(required = false) Category category,
                               @RequestParam(required = false) SuggestionStatus status,
                               @RequestParam(required = false) Boolean fromAgreement,
                               @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.query(new ListSuggestions(Tenancy.readableTownship(township), category, status, fromAgreement,
                page, size), SuggestionPage.class).join();
    }

    /** The list as an export: every page of it, with the same filters and the same township rule. */
    @GetMapping(produces = {Table.CSV, Table.XLSX})
    @Operation(summary = "Export suggestions with their steps as CSV or XLSX, by township, category, status, origin")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public Table export(@RequestParam(required = false) @KnownTownship String township,
                        @RequestParam(required = false) Category category,
                        @RequestParam(required = false) SuggestionStatus status,
                        @RequestParam(required = false) Boolean fromAgreement) {
        String scope = Tenancy.readableTownship(township);
        return tables.of("suggestions", SuggestionView.class, RecordTables.everyPage(page -> queries.query(
                new ListSuggestions(scope, category, status, fromAgreement, page, 100), SuggestionPage.class).join()
                .items()));
    }

    @GetMapping("/{suggestionId}")
    @Operation(summary = "One suggestion with its steps: who took each and when")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public SuggestionView find(@PathVariable String suggestionId) {
        return Tenancy.visibleOrNotFound(queries.query(new FindSuggestion(suggestionId),
                        ResponseTypes.optionalInstanceOf(SuggestionView.class)).join(), SuggestionView::township,
                "suggestionId");
    }

    @GetMapping("/{suggestionId}/history")
    @Operation(summary = "Who did what when to a suggestion")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public List<HistoryEntry> history(@PathVariable String suggestionId) {
        return history.ofTownshipRecord(suggestionId, SuggestionSubmitted.class, "suggestionId");
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** What a write answers: the suggestion's id (for a submission also in the Location header). */
    public record SuggestionId(String suggestionId) {
    }
}
