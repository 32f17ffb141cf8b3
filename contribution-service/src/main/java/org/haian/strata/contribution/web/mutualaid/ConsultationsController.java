package org.haian.strata.contribution.web.mutualaid;

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
import org.haian.strata.contract.contribution.ConsultationField;
import org.haian.strata.contract.contribution.ConsultationGiven;
import org.haian.strata.contribution.api.mutualaid.ConsultationPage;
import org.haian.strata.contribution.api.mutualaid.ConsultationView;
import org.haian.strata.contribution.api.mutualaid.FindConsultation;
import org.haian.strata.contribution.api.mutualaid.GiveConsultation;
import org.haian.strata.contribution.api.mutualaid.ListConsultations;
import org.haian.strata.contribution.api.people.PersonReference;
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
 * Mutual aid (会员互助) over HTTP: consultations members give each other, or policy briefings with an audience. The
 * consultant and everyone consulted must be members of the association (422 naming the field).
 */
@RestController
@Tag(name = "Mutual aid 会员互助",
        description = "Consultations members give each other, and policy briefings with their audience.")
@RequestMapping(ConsultationsController.PATH)
public class ConsultationsController {

    static final String PATH = "/api/contribution/consultations";

    private final RequestCommands commands;
    private final QueryGateway queries;
    private final AggregateHistory history;
    private final References references;
    private final RecordTables tables;

    public ConsultationsController(RequestCommands commands, QueryGateway queries, AggregateHistory history,
                                   References references, RecordTables tables) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.references = references;
        this.tables = tables;
    }

    @PostMapping
    @Operation(summary = "Record a consultation to named members, or a briefing with its audience")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<ConsultationId> give(@Valid @RequestBody GiveConsultationRequest body,
                                               HttpServletRequest request) {
        String township = Tenancy.writableTownship(body.township());
        PersonReference consultant = references.member("consultantId", body.consultantId());
        if (body.beneficiaryIds() != null) {
            body.beneficiaryIds().forEach(person -> references.member("beneficiaryIds", person));
        }
        String consultationId = UUID.randomUUID().toString();
        commands.send(new GiveConsultation(consultationId, township, consultant.category(), consultant.personId(),
                body.field(), body.givenOn(), body.beneficiaryIds(), body.audience()), request);
        return ResponseEntity.created(URI.create(PATH + "/" + consultationId))
                .body(new ConsultationId(consultationId));
    }

    @GetMapping
    @Operation(summary = "List consultations, latest first, paged, by township and field")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ConsultationPage list(@RequestParam(required = false) @KnownTownship String township,
                                 @RequestParam(required = false) ConsultationField field,
                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.query(new ListConsultations(Tenancy.readableTownship(township), field, page, size),
                ConsultationPage.class).join();
    }

    /** The list as an export: every page of it, with the same filters and the same township rule. */
    @GetMapping(produces = {Table.CSV, Table.XLSX})
    @Operation(summary = "Export consultations as CSV or XLSX, by township and field")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public Table export(@RequestParam(required = false) @KnownTownship String township,
                        @RequestParam(required = false) ConsultationField field) {
        String scope = Tenancy.readableTownship(township);
        return tables.of("consultations", ConsultationView.class, RecordTables.everyPage(page -> queries.query(
                new ListConsultations(scope, field, page, 100), ConsultationPage.class).join().items()));
    }

    @GetMapping("/{consultationId}")
    @Operation(summary = "One consultation")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ConsultationView find(@PathVariable String consultationId) {
        return Tenancy.visibleOrNotFound(queries.query(new FindConsultation(consultationId),
                        ResponseTypes.optionalInstanceOf(ConsultationView.class)).join(), ConsultationView::township,
                "consultationId");
    }

    @GetMapping("/{consultationId}/history")
    @Operation(summary = "Who recorded a consultation, and when")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public List<HistoryEntry> history(@PathVariable String consultationId) {
        return history.ofTownshipRecord(consultationId, ConsultationGiven.class, "consultationId");
    }

    /** What a write answers: the consultation's id (also in the Location header). */
    public record ConsultationId(String consultationId) {
    }
}
