package org.haian.strata.liaison.web.association;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.contract.liaison.AssociationEstablished;
import org.haian.strata.liaison.api.association.AdmitPersonToAssociation;
import org.haian.strata.liaison.api.association.AssociationMembers;
import org.haian.strata.liaison.api.association.AssociationView;
import org.haian.strata.liaison.api.association.EstablishAssociation;
import org.haian.strata.liaison.api.association.FindAssociation;
import org.haian.strata.liaison.api.association.FindAssociationMembers;
import org.haian.strata.liaison.api.association.ListAssociations;
import org.haian.strata.liaison.api.association.MemberView;
import org.haian.strata.liaison.api.association.OpenBranch;
import org.haian.strata.liaison.api.association.RemoveMember;
import org.haian.strata.liaison.api.people.FindPerson;
import org.haian.strata.liaison.api.people.PersonView;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.export.RecordTables;
import org.haian.strata.platform.export.Table;
import org.haian.strata.platform.history.AggregateHistory;
import org.haian.strata.platform.history.HistoryEntry;
import org.haian.strata.platform.security.Actor;
import org.haian.strata.platform.security.Role;
import org.haian.strata.platform.security.Tenancy;
import org.haian.strata.platform.web.RequestCommands;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The New Social Strata Association (新联会) and its branches (分会) over HTTP. The association is the city's: the
 * city establishes it and opens its branches. Members (会员) are people, so their township rules apply: a township
 * officer admits, removes and sees by name only the people of their own township.
 */
@RestController
@Tag(name = "Association 新联会",
        description = "The New Social Strata Association: branches in townships and systems, and its members.")
@RequestMapping(AssociationController.PATH)
public class AssociationController {

    static final String PATH = "/api/liaison/associations";

    private final RequestCommands commands;
    private final QueryGateway queries;
    private final AggregateHistory history;
    private final RecordTables tables;

    public AssociationController(RequestCommands commands, QueryGateway queries, AggregateHistory history,
                                 RecordTables tables) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.tables = tables;
    }

    @PostMapping
    @Operation(summary = "Establish the association (city only)")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public ResponseEntity<AssociationId> establish(@Valid @RequestBody EstablishAssociationRequest body,
                                                   HttpServletRequest request) {
        String associationId = UUID.randomUUID().toString();
        commands.send(new EstablishAssociation(associationId, body.name()), request);
        return ResponseEntity.created(URI.create(PATH + "/" + associationId)).body(new AssociationId(associationId));
    }

    @PostMapping("/{associationId}/branches")
    @Operation(summary = "Open a branch in a township or a system")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public ResponseEntity<BranchId> openBranch(@PathVariable String associationId,
                                               @Valid @RequestBody OpenBranchRequest body, HttpServletRequest request) {
        String branchId = UUID.randomUUID().toString();
        commands.send(new OpenBranch(associationId, branchId, body.name(), body.kind(), body.township(),
                body.system()), request);
        return ResponseEntity.created(URI.create(PATH + "/" + associationId + "/branches/" + branchId))
                .body(new BranchId(associationId, branchId));
    }

    /**
     * Admits a registered person (once). Whether they are registered, and of the officer's township, the admission
     * itself decides from the registry's event store: 404 otherwise, as if they did not exist.
     */
    @PostMapping("/{associationId}/members")
    @Operation(summary = "Admit a registered person as a member")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<Membership> admit(@PathVariable String associationId,
                                            @Valid @RequestBody AdmitMemberRequest body, HttpServletRequest request) {
        String personId = body.personId().strip();
        commands.send(new AdmitPersonToAssociation(associationId, personId, body.branchId()), request);
        return ResponseEntity.created(URI.create(PATH + "/" + associationId + "/members/" + personId))
                .body(new Membership(associationId, personId));
    }

    /**
     * Ends a membership. The association refuses an officer the membership of another township's person as not
     * found; a person of another township who is no member at all is not found here either, by the registry, so
     * that the answer never tells whether such a person exists. The reason is optional to Spring only so that a
     * missing one is refused like a blank one, as a 400 naming {@code reason}.
     */
    @DeleteMapping("/{associationId}/members/{personId}")
    @Operation(summary = "End a membership, with a reason")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public Membership remove(@PathVariable String associationId, @PathVariable String personId,
                             @RequestParam(required = false) @NotBlank @Size(max = 500) String reason,
                             HttpServletRequest request) {
        if (!Actor.current().has(Role.CITY_ADMIN)) {
            Tenancy.visibleOrNotFound(person(personId), PersonView::township, "personId");
        }
        commands.send(new RemoveMember(associationId, personId, reason), request);
        return new Membership(associationId, personId);
    }

    @GetMapping
    @Operation(summary = "The associations")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public List<AssociationView> list() {
        return queries.query(new ListAssociations(), ResponseTypes.multipleInstancesOf(AssociationView.class)).join();
    }

    /** The association with its branches and member counts: figures, no names, the same for every reader. */
    @GetMapping("/{associationId}")
    @Operation(summary = "One association: branches and member counts")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public AssociationView find(@PathVariable String associationId) {
        return queries.query(new FindAssociation(associationId), ResponseTypes.optionalInstanceOf(AssociationView.class))
                .join()
                .orElseThrow(() -> CommandRefused.notFound("associationId"));
    }

    @GetMapping("/{associationId}/branches/{branchId}")
    @Operation(summary = "One branch")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public AssociationView.Branch branch(@PathVariable String associationId, @PathVariable String branchId) {
        return find(associationId).branches().stream()
                .filter(branch -> branch.branchId().equals(branchId))
                .findFirst()
                .orElseThrow(() -> CommandRefused.notFound("branchId"));
    }

    /** The members by name; a township officer sees those of their own township only. */
    @GetMapping("/{associationId}/members")
    @Operation(summary = "The members by name (an officer sees their township)")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public List<MemberView> members(@PathVariable String associationId) {
        return memberships(associationId).stream()
                .map(this::asMember)
                .filter(member -> Tenancy.visible(member.township()))
                .sorted(Comparator.comparing(MemberView::name, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(MemberView::personId))
                .toList();
    }

    @GetMapping(path = "/{associationId}/members", produces = {Table.CSV, Table.XLSX})
    @Operation(summary = "Export the members as CSV or XLSX (an officer: their township's)")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public Table exportMembers(@PathVariable String associationId) {
        return tables.of("members", MemberView.class, members(associationId).stream());
    }

    @GetMapping("/{associationId}/members/{personId}")
    @Operation(summary = "One member")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public MemberView member(@PathVariable String associationId, @PathVariable String personId) {
        return memberships(associationId).stream()
                .filter(membership -> membership.personId().equals(personId))
                .map(this::asMember)
                .filter(member -> Tenancy.visible(member.township()))
                .findFirst()
                .orElseThrow(() -> CommandRefused.notFound("personId"));
    }

    /**
     * Who did what when to the association, from the event store. A township officer sees the association's own
     * events and the admissions and removals of their township, not those of other townships' people.
     */
    @GetMapping("/{associationId}/history")
    @Operation(summary = "Who did what when to the association (an officer sees their township's admissions)")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public List<HistoryEntry> history(@PathVariable String associationId) {
        return history.ofCityRecord(associationId, AssociationEstablished.class, "associationId");
    }

    private List<AssociationMembers.Membership> memberships(String associationId) {
        return queries.query(new FindAssociationMembers(associationId),
                        ResponseTypes.optionalInstanceOf(AssociationMembers.class)).join()
                .orElseThrow(() -> CommandRefused.notFound("associationId"))
                .members();
    }

    /**
     * The member as the registry holds the person now. Until the registry's read model has caught up with a just
     * registered person, the township and category they were admitted with stand in, and the name is unknown.
     */
    private MemberView asMember(AssociationMembers.Membership membership) {
        return person(membership.personId())
                .map(person -> new MemberView(person.personId(), person.name(), person.township(), person.category(),
                        membership.branchId(), membership.branchName(), membership.admittedAt()))
                .orElseGet(() -> new MemberView(membership.personId(), null, membership.township(),
                        membership.category(), membership.branchId(), membership.branchName(),
                        membership.admittedAt()));
    }

    private Optional<PersonView> person(String personId) {
        return queries.query(new FindPerson(personId), ResponseTypes.optionalInstanceOf(PersonView.class)).join();
    }

    /** What establishing an association answers: its id (also in the Location header). */
    public record AssociationId(String associationId) {
    }

    /** What opening a branch answers: its id (also in the Location header). */
    public record BranchId(String associationId, String branchId) {
    }

    /** What an admission or a removal answers: the association and the person. */
    public record Membership(String associationId, String personId) {
    }
}
