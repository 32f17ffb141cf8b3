package org.haian.strata.outreach.api.references;

/** Outreach's view of one organisation; empty while it is unknown here. */
public record FindOrganisationReference(String organisationId) {
}
