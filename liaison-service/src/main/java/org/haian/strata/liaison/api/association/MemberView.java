package org.haian.strata.liaison.api.association;

import java.time.Instant;

import org.haian.strata.contract.Category;

/**
 * A member of the association as a reader sees them: the person as the registry holds them now (name, township,
 * category) and the branch they belong to ({@code null} for a member at large).
 */
public record MemberView(String personId, String name, String township, Category category, String branchId,
                         String branchName, Instant admittedAt) {
}
