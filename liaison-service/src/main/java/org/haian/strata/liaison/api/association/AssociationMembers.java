package org.haian.strata.liaison.api.association;

import java.time.Instant;
import java.util.List;

import org.haian.strata.contract.Category;

/** An association's current members, each with the township and category they were admitted with. */
public record AssociationMembers(String associationId, List<Membership> members) {

    /** One membership; {@code branchId} and {@code branchName} are null for a member at large. */
    public record Membership(String personId, String branchId, String branchName, String township,
                             Category category, Instant admittedAt) {
    }
}
