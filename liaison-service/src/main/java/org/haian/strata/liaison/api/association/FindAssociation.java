package org.haian.strata.liaison.api.association;

/** One association with its branches and how many members each has; no member by name. */
public record FindAssociation(String associationId) {
}
