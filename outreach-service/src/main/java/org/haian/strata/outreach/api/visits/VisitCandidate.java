package org.haian.strata.outreach.api.visits;

import java.time.LocalDate;

import org.haian.strata.contract.liaison.OrganisationKind;

/** An organisation that could be visited next, with what decides its place in the order. */
public record VisitCandidate(int rank, String organisationId, String name, OrganisationKind kind, int headcount,
                             int influence, LocalDate lastVisitedOn) {
}
