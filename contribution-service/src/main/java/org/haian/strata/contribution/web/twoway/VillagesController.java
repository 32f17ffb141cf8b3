package org.haian.strata.contribution.web.twoway;

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
import org.haian.strata.contract.contribution.VillageKind;
import org.haian.strata.contract.contribution.VillageRegistered;
import org.haian.strata.contribution.api.people.PersonReference;
import org.haian.strata.contribution.api.twoway.AppointSupervisor;
import org.haian.strata.contribution.api.twoway.EndAgreement;
import org.haian.strata.contribution.api.twoway.FindVillage;
import org.haian.strata.contribution.api.twoway.LinkProject;
import org.haian.strata.contribution.api.twoway.ListVillages;
import org.haian.strata.contribution.api.twoway.PairHousehold;
import org.haian.strata.contribution.api.twoway.RegisterVillage;
import org.haian.strata.contribution.api.twoway.SignAgreement;
import org.haian.strata.contribution.api.twoway.VillagePage;
import org.haian.strata.contribution.api.twoway.VillageView;
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
 * The two-way service (双向服务) over HTTP: the villages and communities of each township, the agreements they sign
 * with people (one active per village and person), disclosure supervisors for a term, collective projects people
 * help and households in hardship they are paired with (by register code only). Each person named must be in the
 * registry and not archived (422 naming {@code personId}); another township's village is not found (404).
 */
@RestController
@Tag(name = "Two-way service 双向服务",
        description = "Villages and communities, their agreements with people, supervisors, projects and households.")
@RequestMapping(VillagesController.PATH)
public class VillagesController {

    static final String PATH = "/api/contribution/villages";

    private final RequestCommands commands;
    private final QueryGateway queries;
    private final AggregateHistory history;
    private final References references;
    private final RecordTables tables;

    public VillagesController(RequestCommands commands, QueryGateway queries, AggregateHistory history,
                              References references, RecordTables tables) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.references = references;
        this.tables = tables;
    }

    @PostMapping
    @Operation(summary = "Enter a village or community in its township's registry")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<VillageId> register(@Valid @RequestBody RegisterVillageRequest body,
                                              HttpServletRequest request) {
        String villageId = UUID.randomUUID().toString();
        commands.send(new RegisterVillage(villageId, Tenancy.writableTownship(body.township()), body.name(),
                body.kind()), request);
        return ResponseEntity.created(URI.create(PATH + "/" + villageId)).body(new VillageId(villageId, null));
    }

    /** A second active agreement of the same village and person is 409 pointing at the first. */
    @PostMapping("/{villageId}/agreements")
    @Operation(summary = "Sign a two-way service agreement between the village and a person")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<VillageId> sign(@PathVariable String villageId, @Valid @RequestBody SignAgreementRequest body,
                                          HttpServletRequest request) {
        PersonReference person = personFor(villageId, body.personId());
        String agreementId = UUID.randomUUID().toString();
        commands.send(new SignAgreement(villageId, agreementId, person.personId(), person.category(),
                body.signedOn()), request);
        return ResponseEntity.created(URI.create(PATH + "/" + villageId)).body(new VillageId(villageId, agreementId));
    }

    @PostMapping("/{villageId}/agreements/{agreementId}/end")
    @Operation(summary = "End an active agreement")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public VillageId end(@PathVariable String villageId, @PathVariable String agreementId,
                         @Valid @RequestBody EndAgreementRequest body, HttpServletRequest request) {
        commands.send(new EndAgreement(villageId, agreementId, body.endedOn(), body.reason()), request);
        return new VillageId(villageId, agreementId);
    }

    @PostMapping("/{villageId}/supervisors")
    @Operation(summary = "Appoint a person the village's government-affairs-disclosure supervisor for a term")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public VillageId appoint(@PathVariable String villageId, @Valid @RequestBody AppointSupervisorRequest body,
                             HttpServletRequest request) {
        PersonReference person = personFor(villageId, body.personId());
        commands.send(new AppointSupervisor(villageId, person.personId(), person.category(), body.termStart(),
                body.termEnd()), request);
        return new VillageId(villageId, null);
    }

    @PostMapping("/{villageId}/projects")
    @Operation(summary = "Link a person to a village collective project they help")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public VillageId link(@PathVariable String villageId, @Valid @RequestBody LinkProjectRequest body,
                          HttpServletRequest request) {
        PersonReference person = personFor(villageId, body.personId());
        commands.send(new LinkProject(villageId, UUID.randomUUID().toString(), person.personId(), person.category(),
                body.project()), request);
        return new VillageId(villageId, null);
    }

    @PostMapping("/{villageId}/households")
    @Operation(summary = "Pair a person with a household in hardship, by its register code")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public VillageId pair(@PathVariable String villageId, @Valid @RequestBody PairHouseholdRequest body,
                          HttpServletRequest request) {
        PersonReference person = personFor(villageId, body.personId());
        commands.send(new PairHousehold(villageId, UUID.randomUUID().toString(), person.personId(), person.category(),
                body.householdCode(), body.pairedOn()), request);
        return new VillageId(villageId, null);
    }

    /** A page of villages by name; a township officer's list holds their own township only. */
    @GetMapping
    @Operation(summary = "List villages and communities, paged, by township and kind")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public VillagePage list(@RequestParam(required = false) @KnownTownship String township,
                            @RequestParam(required = false) VillageKind kind,
                            @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.query(new ListVillages(Tenancy.readableTownship(township), kind, page, size),
                VillagePage.class).join();
    }

    /** The list as an export: every page of it, with the same filters and the same township rule. */
    @GetMapping(produces = {Table.CSV, Table.XLSX})
    @Operation(summary = "Export villages with their agreements, supervisors, projects, households as CSV or XLSX")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public Table export(@RequestParam(required = false) @KnownTownship String township,
                        @RequestParam(required = false) VillageKind kind) {
        String scope = Tenancy.readableTownship(township);
        return tables.of("villages", VillageView.class, RecordTables.everyPage(page -> queries.query(
                new ListVillages(scope, kind, page, 100), VillagePage.class).join().items()));
    }

    @GetMapping("/{villageId}")
    @Operation(summary = "One village with its agreements, supervisors, projects and households")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public VillageView find(@PathVariable String villageId) {
        return Tenancy.visibleOrNotFound(queries.query(new FindVillage(villageId),
                ResponseTypes.optionalInstanceOf(VillageView.class)).join(), VillageView::township, "villageId");
    }

    @GetMapping("/{villageId}/history")
    @Operation(summary = "Who did what when to a village")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public List<HistoryEntry> history(@PathVariable String villageId) {
        return history.ofTownshipRecord(villageId, VillageRegistered.class, "villageId");
    }

    /**
     * The person a write to the village names, once the village is known to be there for the caller: looked up in the
     * event store first, so that an id of no village (or of another township's) is 404 whatever the body names, and
     * is so a moment after the village was registered too, when the read models may not have it yet.
     */
    private PersonReference personFor(String villageId, String personId) {
        history.ofTownshipRecord(villageId, VillageRegistered.class, "villageId");
        return references.person("personId", personId);
    }

    /** What a write answers: the village's id and, for a signing, the new agreement's id. */
    public record VillageId(String villageId, String agreementId) {
    }
}
