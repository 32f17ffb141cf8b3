package org.haian.strata.liaison.web.people;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.LiaisonAssigned;
import org.haian.strata.contract.liaison.LiaisonEnded;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.liaison.api.association.FindMembershipsOf;
import org.haian.strata.liaison.api.association.PersonMembership;
import org.haian.strata.liaison.api.people.ArchivePerson;
import org.haian.strata.liaison.api.people.ChangePersonCategory;
import org.haian.strata.liaison.api.people.DesignateRepresentativeFigure;
import org.haian.strata.liaison.api.people.FindPerson;
import org.haian.strata.liaison.api.people.ForgetPerson;
import org.haian.strata.liaison.api.people.MovePersonToTownship;
import org.haian.strata.liaison.api.people.PeoplePage;
import org.haian.strata.liaison.api.people.PersonSummary;
import org.haian.strata.liaison.api.people.PersonView;
import org.haian.strata.liaison.api.people.PersonalDataExport;
import org.haian.strata.liaison.api.people.RecordPersonalDataExport;
import org.haian.strata.liaison.api.people.RecordPoliticalArrangement;
import org.haian.strata.liaison.api.people.RegisterPerson;
import org.haian.strata.liaison.api.people.SearchPeople;
import org.haian.strata.liaison.api.people.UpdatePersonProfile;
import org.haian.strata.liaison.api.people.WithdrawRepresentativeFigure;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.export.RecordTables;
import org.haian.strata.platform.export.Table;
import org.haian.strata.platform.history.AggregateHistory;
import org.haian.strata.platform.history.HistoryEntry;
import org.haian.strata.platform.security.Actor;
import org.haian.strata.platform.security.Tenancy;
import org.haian.strata.platform.township.KnownTownship;
import org.haian.strata.platform.web.RequestCommands;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry of people (人士库) over HTTP: translates requests into commands and queries, nothing more. Writes are
 * for the city and township officers; the Person aggregate itself keeps an officer to their own township's people
 * (another township's person is not found).
 */
@RestController
@Tag(name = "People 人士库",
        description = "The registry of new-social-strata people: registration, profile, moves, representative "
                + "figures (代表人士), political arrangements (政治安排), archive.")
@RequestMapping("/api/liaison/people")
public class PeopleController {

    private final RequestCommands commands;
    private final QueryGateway queries;
    private final AggregateHistory history;
    private final RecordTables tables;
    private final PersonAccess access;

    public PeopleController(RequestCommands commands, QueryGateway queries, AggregateHistory history,
                            PersonAccess access, RecordTables tables) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.access = access;
        this.tables = tables;
    }

    /**
     * A township officer registers into their own township (which they may leave out); the city into any. Someone
     * registered already under the same name and organisation in that township is a 409 pointing at them.
     */
    @PostMapping
    @Operation(summary = "Register a person (a second registration of the same name, organisation and township is 409)")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<PersonReference> register(@Valid @RequestBody RegisterPersonRequest body,
                                                    HttpServletRequest request) {
        String personId = UUID.randomUUID().toString();
        commands.send(new RegisterPerson(personId, body.name(), body.category(),
                Tenancy.writableTownship(body.township()), body.organisation(), body.role()), request);
        return ResponseEntity.created(URI.create("/api/liaison/people/" + personId)).body(new PersonReference(personId));
    }

    /** A page of the registry; a township officer searches their own township only, and naming another is 403. */
    @GetMapping
    @Operation(summary = "Search the registry, paged and sorted by name")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public PeoplePage search(@RequestParam(required = false) @KnownTownship String township,
                             @RequestParam(required = false) Category category,
                             @RequestParam(required = false) @Size(max = 200) String organisation,
                             @RequestParam(required = false) @Size(max = 100) String name,
                             @RequestParam(required = false) Boolean representative,
                             @RequestParam(defaultValue = "false") boolean archived,
                             @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.query(new SearchPeople(Tenancy.readableTownship(township), category, organisation, name,
                representative, archived, page, size), ResponseTypes.instanceOf(PeoplePage.class)).join();
    }

    /** The search as an export: every page of it, with the same filters and the same township rule. */
    @GetMapping(produces = {Table.CSV, Table.XLSX})
    @Operation(summary = "Export the registry as CSV or XLSX: every person the search finds")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public Table export(@RequestParam(required = false) @KnownTownship String township,
                        @RequestParam(required = false) Category category,
                        @RequestParam(required = false) @Size(max = 200) String organisation,
                        @RequestParam(required = false) @Size(max = 100) String name,
                        @RequestParam(required = false) Boolean representative,
                        @RequestParam(defaultValue = "false") boolean archived) {
        String scope = Tenancy.readableTownship(township);
        return tables.of("people", PersonSummary.class, RecordTables.everyPage(page -> queries.query(
                new SearchPeople(scope, category, organisation, name, representative, archived, page, 100),
                ResponseTypes.instanceOf(PeoplePage.class)).join().items()));
    }

    @GetMapping("/{personId}")
    @Operation(summary = "A person's page: profile, arrangements, cadres, contacts")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER', 'LIAISON_CADRE')")
    public PersonView find(@PathVariable String personId) {
        return access.readable(personId);
    }

    /**
     * Who did what when to this person, from the event store; only for a person's id (any other record's id is not
     * found). Visibility is decided from the same events, so a cadre sees the history from the moment their
     * assignment is stored.
     */
    @GetMapping("/{personId}/history")
    @Operation(summary = "Who did what when to a person")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER', 'LIAISON_CADRE')")
    public List<HistoryEntry> history(@PathVariable String personId) {
        Actor actor = Actor.current();
        List<HistoryEntry> entries = history.of(personId, PersonRegistered.class, "personId");
        if (!PersonAccess.sees(actor, AggregateHistory.currentTownship(entries),
                befriendedNow(entries, actor.userId()))) {
            throw CommandRefused.notFound("personId");
        }
        return entries;
    }

    /** Replaces organisation, role and contact channels; moving onto someone else's identity is a 409. */
    @PutMapping("/{personId}/profile")
    @Operation(summary = "Replace organisation, role and contact channels")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public PersonReference updateProfile(@PathVariable String personId, @Valid @RequestBody UpdateProfileRequest body,
                                         HttpServletRequest request) {
        return send(personId, new UpdatePersonProfile(personId, body.organisation(), body.role(), body.phone(),
                body.email(), body.wechat()), request);
    }

    /** 转移区镇: the city only, since it takes the person out of one township's hands into another's. */
    @PostMapping("/{personId}/move")
    @Operation(summary = "Move a person to another township (city only)")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public PersonReference move(@PathVariable String personId, @Valid @RequestBody MovePersonRequest body,
                                HttpServletRequest request) {
        return send(personId, new MovePersonToTownship(personId, body.township()), request);
    }

    @PostMapping("/{personId}/category")
    @Operation(summary = "Change a person's category")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public PersonReference changeCategory(@PathVariable String personId,
                                          @Valid @RequestBody ChangeCategoryRequest body,
                                          HttpServletRequest request) {
        return send(personId, new ChangePersonCategory(personId, body.category()), request);
    }

    /** 认定代表人士. */
    @PutMapping("/{personId}/representative")
    @Operation(summary = "Designate a representative figure (认定代表人士)")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public PersonReference designateRepresentative(@PathVariable String personId, HttpServletRequest request) {
        return send(personId, new DesignateRepresentativeFigure(personId), request);
    }

    /** 取消代表人士. */
    @DeleteMapping("/{personId}/representative")
    @Operation(summary = "Withdraw the representative-figure designation")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public PersonReference withdrawRepresentative(@PathVariable String personId, HttpServletRequest request) {
        return send(personId, new WithdrawRepresentativeFigure(personId), request);
    }

    /** 政治安排: a seat or post in a people's congress, CPPCC or other body, for one term. */
    @PostMapping("/{personId}/political-arrangements")
    @Operation(summary = "Record a political arrangement for one term")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public PersonReference recordArrangement(@PathVariable String personId,
                                             @Valid @RequestBody RecordArrangementRequest body,
                                             HttpServletRequest request) {
        return send(personId, new RecordPoliticalArrangement(personId, body.body(), body.level(), body.post(),
                body.termStart(), body.termEnd()), request);
    }

    /** 人士归档: ends every liaison with the person, and frees their name for a new registration. */
    @PostMapping("/{personId}/archive")
    @Operation(summary = "Archive a person (ends their liaisons and memberships)")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public PersonReference archive(@PathVariable String personId, @Valid @RequestBody ArchivePersonRequest body,
                                   HttpServletRequest request) {
        return send(personId, new ArchivePerson(personId, body.reason()), request);
    }

    /**
     * 删除个人信息: the city erases a person's personal data for good (their key is deleted), with the reason; the
     * person stays counted, and the erasure is itself an event of their record.
     */
    @PostMapping("/{personId}/forget")
    @Operation(summary = "Erase a person's personal data for good (city only); the person stays counted")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public PersonReference forget(@PathVariable String personId, @Valid @RequestBody ForgetPersonRequest body,
                                  HttpServletRequest request) {
        return send(personId, new ForgetPerson(personId, body.reason()), request);
    }

    /**
     * Everything held about a person, for a subject-access request: recorded as an event of their record first,
     * then read. The city and the officer of the person's township.
     */
    @GetMapping("/{personId}/export")
    @Operation(summary = "Everything held about a person, as one document (recorded as an event)")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public PersonalDataExport export(@PathVariable String personId, HttpServletRequest request) {
        commands.send(new RecordPersonalDataExport(personId), request);
        List<HistoryEntry> events = history.of(personId, PersonRegistered.class, "personId");
        PersonView person = queries.query(new FindPerson(personId), ResponseTypes.optionalInstanceOf(PersonView.class))
                .join().orElseThrow(() -> CommandRefused.notFound("personId"));
        List<PersonMembership> memberships = queries.query(new FindMembershipsOf(personId),
                ResponseTypes.multipleInstancesOf(PersonMembership.class)).join();
        return new PersonalDataExport(person, memberships, events);
    }

    private PersonReference send(String personId, Object command, HttpServletRequest request) {
        commands.send(command, request);
        return new PersonReference(personId);
    }

    /** Whether, by the person's own events, this user is one of the cadres assigned to them now. */
    private static boolean befriendedNow(List<HistoryEntry> entries, String userId) {
        boolean befriended = false;
        for (HistoryEntry entry : entries) {
            if (entry.change() instanceof LiaisonAssigned assigned && assigned.cadreId().equals(userId)) {
                befriended = true;
            } else if (entry.change() instanceof LiaisonEnded ended && ended.cadreId().equals(userId)) {
                befriended = false;
            }
        }
        return befriended;
    }
}
