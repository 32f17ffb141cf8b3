package org.haian.strata.liaison.api.organisations;

/** The registry entry of one organisation. */
public record FindOrganisation(String organisationId) {
}
