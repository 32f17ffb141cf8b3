package org.haian.strata.liaison.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.AffiliationSystem;
import org.haian.strata.contract.liaison.AssociationEstablished;
import org.haian.strata.contract.liaison.BranchKind;
import org.haian.strata.contract.liaison.BranchOpened;
import org.haian.strata.contract.liaison.MemberAdmitted;
import org.haian.strata.contract.liaison.MemberRemoved;
import org.haian.strata.liaison.api.association.EstablishAssociation;
import org.haian.strata.liaison.api.association.OpenBranch;
import org.haian.strata.liaison.api.association.RemoveMember;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.Require;
import org.haian.strata.platform.domain.TownshipScope;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;
import static org.haian.strata.platform.domain.CommandRefused.Kind.NOT_FOUND;

/**
 * The New Social Strata Association (新的社会阶层人士联谊会, 新联会), the network mechanism: its branches (分会) in
 * townships and in the education and health systems, and its members (会员).
 *
 * <p>Members are admitted only through {@link MembershipAdmission}, which checks the registry first: this
 * aggregate cannot see whether a person is registered, nor their township and category.
 */
@Aggregate
public class Association {

    private static final int NAME = 200;

    @AggregateIdentifier
    private String associationId;
    /** Each branch by id, with the township it is rooted in (none for a branch of the education or health system). */
    private final Map<String, Optional<String>> branches = new HashMap<>();
    private final Map<String, Member> members = new HashMap<>();

    protected Association() {
        // For Axon, which rebuilds the association from its events.
    }

    @CommandHandler
    public Association(EstablishAssociation command) {
        apply(new AssociationEstablished(command.associationId(), Require.name("name", command.name(), NAME)));
    }

    @CommandHandler
    public void handle(OpenBranch command) {
        String branchId = Require.text("branchId", command.branchId());
        if (branches.containsKey(branchId)) {
            throw new CommandRefused(CONFLICT, "branchId", "is already open");
        }
        String name = Require.name("name", command.name(), NAME);
        BranchKind kind = Require.present("kind", command.kind());
        String township = Require.optional(command.township());
        AffiliationSystem system = command.system();
        // A branch is rooted in exactly one place; naming both would leave it unclear whose branch it is.
        if (kind == BranchKind.TOWNSHIP) {
            Require.present("township", township);
            if (system != null) {
                throw new CommandRefused(INVALID, "system", "must be empty for a township branch");
            }
        } else {
            Require.present("system", system);
            if (township != null) {
                throw new CommandRefused(INVALID, "township", "must be empty for a system branch");
            }
        }
        apply(new BranchOpened(associationId, branchId, name, kind, township, system));
    }

    /**
     * Admits a person whom the caller has found in the registry, with the township and category the registry holds
     * for them now. A township's branch takes that township's people only.
     */
    void admit(String personId, String branchId, String township, Category category) {
        String branch = Require.optional(branchId);
        if (branch != null && !branches.containsKey(branch)) {
            throw new CommandRefused(NOT_FOUND, "branchId", "is not a branch of this association");
        }
        if (branch != null && branches.get(branch).filter(rooted -> !rooted.equals(township)).isPresent()) {
            throw new CommandRefused(INVALID, "branchId", "is the branch of another township than the person's");
        }
        if (members.containsKey(personId)) {
            throw new CommandRefused(CONFLICT, "personId", "is already a member");
        }
        apply(new MemberAdmitted(associationId, personId, branch, township, category));
    }

    @CommandHandler
    public void handle(RemoveMember command, MetaData metaData) {
        String personId = Require.text("personId", command.personId());
        String reason = Require.text("reason", command.reason());
        Member member = members.get(personId);
        if (member == null) {
            throw new CommandRefused(CONFLICT, "personId", "is not a member");
        }
        // The association is city-wide, but each membership was recorded in a township: an officer removes only theirs.
        TownshipScope.require(metaData, member.township(), "personId");
        apply(new MemberRemoved(associationId, personId, member.branchId(), member.township(), member.category(),
                reason));
    }

    @EventSourcingHandler
    void on(AssociationEstablished event) {
        this.associationId = event.associationId();
    }

    @EventSourcingHandler
    void on(BranchOpened event) {
        branches.put(event.branchId(), Optional.ofNullable(event.township()));
    }

    @EventSourcingHandler
    void on(MemberAdmitted event) {
        members.put(event.personId(), new Member(event.branchId(), event.township(), event.category()));
    }

    @EventSourcingHandler
    void on(MemberRemoved event) {
        members.remove(event.personId());
    }

    /** What a member was admitted with, so their removal takes them off the same figures. */
    private record Member(String branchId, String township, Category category) {
    }
}
