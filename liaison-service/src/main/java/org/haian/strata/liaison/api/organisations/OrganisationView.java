package org.haian.strata.liaison.api.organisations;

import java.time.Instant;

import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.OrganisationKind;

/** An organisation as the registry shows it; {@code followers} only for a media outlet. */
public record OrganisationView(String organisationId, String name, OrganisationKind kind, Category category,
                               String township, int headcount, int influence, Integer followers,
                               Instant registeredAt, Instant updatedAt) {
}
