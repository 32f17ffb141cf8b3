package org.haian.strata.liaison.api.bases;

import java.time.Instant;

import org.haian.strata.contract.Category;

/** A work base (工作基地), the organisation it is anchored on, and whether and why it closed. */
public record WorkBaseView(String baseId, String name, Category category, String township,
                           String anchorOrganisationId, boolean closed, String closedReason, Instant establishedAt,
                           Instant closedAt) {
}
