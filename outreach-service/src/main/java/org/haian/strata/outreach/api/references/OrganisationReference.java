package org.haian.strata.outreach.api.references;

import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.OrganisationKind;

/** What outreach knows of an organisation of liaison's registry, as of the last of its events read from Kafka. */
public record OrganisationReference(String organisationId, String name, OrganisationKind kind, Category category,
                                    String township, int headcount, int influence) {
}
