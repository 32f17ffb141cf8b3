package org.haian.strata.liaison.api.association;

/** The members (会员) of one association, as admitted; empty if there is no such association. */
public record FindAssociationMembers(String associationId) {
}
