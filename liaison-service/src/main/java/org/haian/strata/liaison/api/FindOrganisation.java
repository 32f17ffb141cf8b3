package org.haian.strata.liaison.api;

/** The registry entry of one organisation. */
public record FindOrganisation(String organisationId) {
}
