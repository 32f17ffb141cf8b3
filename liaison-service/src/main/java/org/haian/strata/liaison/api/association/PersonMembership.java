package org.haian.strata.liaison.api.association;

import java.time.Instant;

/** One membership of a person: the association, the branch (none when at large) and since when. */
public record PersonMembership(String associationId, String association, String branchId, String branch,
                               Instant admittedAt) {
}
