package org.haian.strata.liaison.api.association;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.liaison.AffiliationSystem;
import org.haian.strata.contract.liaison.BranchKind;

/** 成立分会 - open an association branch in a township (township required) or in a system (system required). */
public record OpenBranch(@TargetAggregateIdentifier String associationId, String branchId, String name,
                         BranchKind kind, String township, AffiliationSystem system) {
}
