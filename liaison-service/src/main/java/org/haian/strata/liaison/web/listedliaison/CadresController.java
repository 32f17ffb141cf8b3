package org.haian.strata.liaison.web.listedliaison;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.CadreRegistered;
import org.haian.strata.liaison.api.listedliaison.CadreView;
import org.haian.strata.liaison.api.listedliaison.Caseload;
import org.haian.strata.liaison.api.listedliaison.FindCaseload;
import org.haian.strata.liaison.api.listedliaison.ListCadres;
import org.haian.strata.liaison.api.listedliaison.RegisterCadre;
import org.haian.strata.platform.export.RecordTables;
import org.haian.strata.platform.export.Table;
import org.haian.strata.platform.history.AggregateHistory;
import org.haian.strata.platform.history.HistoryEntry;
import org.haian.strata.platform.security.Actor;
import org.haian.strata.platform.security.Role;
import org.haian.strata.platform.security.Tenancy;
import org.haian.strata.platform.web.RequestCommands;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry of leaders and cadres who may be listed to befriend people (列名联系的领导干部), and each cadre's list
 * of the people they befriend, over HTTP.
 */
@RestController
@Tag(name = "Listed liaison 列名联系")
@RequestMapping("/api/liaison/cadres")
public class CadresController {

    private final RequestCommands commands;
    private final QueryGateway queries;
    private final CadreAccess access;

    private final AggregateHistory history;
    private final RecordTables tables;

    public CadresController(RequestCommands commands, QueryGateway queries, CadreAccess access,
                            AggregateHistory history, RecordTables tables) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.history = history;
        this.tables = tables;
    }

    /**
     * The city registers any cadre; a township officer only township cadres of their own township (which they may
     * leave out). A cadre id that is taken is a 409.
     */
    @PostMapping
    @Operation(summary = "Register a leader or cadre who may be listed")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<CadreReference> register(@Valid @RequestBody RegisterCadreRequest body,
                                                   HttpServletRequest request) {
        Actor actor = Actor.current();
        String township = body.township();
        if (!actor.has(Role.CITY_ADMIN)) {
            if (body.level() != CadreLevel.TOWNSHIP) {
                throw new AccessDeniedException("level: a township officer registers township cadres only");
            }
            township = Tenancy.writableTownship(township);
        }
        commands.send(new RegisterCadre(body.cadreId(), body.name(), body.level(), township, body.post()), request);
        return ResponseEntity.created(URI.create("/api/liaison/cadres/" + body.cadreId()))
                .body(new CadreReference(body.cadreId()));
    }

    /** The city sees every cadre; a township officer their township's and the city-level ones. */
    @GetMapping
    @Operation(summary = "The cadres the caller may see")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public List<CadreView> list() {
        Actor actor = Actor.current();
        String township = actor.has(Role.CITY_ADMIN) ? null : actor.township();
        return queries.query(new ListCadres(township), ResponseTypes.multipleInstancesOf(CadreView.class)).join();
    }

    @GetMapping(produces = {Table.CSV, Table.XLSX})
    @Operation(summary = "Export the cadres the caller may see as CSV or XLSX")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public Table export() {
        return tables.of("cadres", CadreView.class, list().stream());
    }

    @GetMapping("/{cadreId}")
    @Operation(summary = "One cadre")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER', 'LIAISON_CADRE')")
    public CadreView find(@PathVariable String cadreId) {
        return access.visible(cadreId);
    }

    /** Who registered this cadre, and when, from the event store; for whoever may see the cadre. */
    @GetMapping("/{cadreId}/history")
    @Operation(summary = "Who registered a cadre, and when")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER', 'LIAISON_CADRE')")
    public List<HistoryEntry> history(@PathVariable String cadreId) {
        access.visible(cadreId);
        return history.of(cadreId, CadreRegistered.class, "cadreId");
    }

    /**
     * The cadre's list: the people they befriend, when each was last contacted, and who is overdue. A cadre reads
     * their own list only; a township officer sees in it only the people of their township.
     */
    @GetMapping("/{cadreId}/people")
    @Operation(summary = "A cadre's list: their people, last contacts, who is overdue")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER', 'LIAISON_CADRE')")
    public Caseload people(@PathVariable String cadreId) {
        CadreView cadre = access.visible(cadreId);
        Actor actor = Actor.current();
        String township = actor.has(Role.TOWNSHIP_OFFICER) && !actor.has(Role.CITY_ADMIN) ? actor.township() : null;
        return queries.query(new FindCaseload(cadre.cadreId(), township), ResponseTypes.instanceOf(Caseload.class))
                .join();
    }

    /** What a cadre registration answers: the cadre's id (also in the Location header). */
    public record CadreReference(String cadreId) {
    }
}
