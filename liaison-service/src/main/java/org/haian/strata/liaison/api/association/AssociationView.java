package org.haian.strata.liaison.api.association;

import java.util.List;

import org.haian.strata.contract.liaison.AffiliationSystem;
import org.haian.strata.contract.liaison.BranchKind;

/**
 * The New Social Strata Association (新联会) in figures: its branches (分会) with their member counts, all members,
 * and those who belong to no branch. It names no member, so every role that reads the association may see it.
 */
public record AssociationView(String associationId, String name, int members, int membersAtLarge,
                              List<Branch> branches) {

    /** A branch in a township (township set) or in a city-wide system (system set), and its member count. */
    public record Branch(String branchId, String name, BranchKind kind, String township, AffiliationSystem system,
                         int members) {
    }
}
