package org.haian.strata.outreach.api.visits;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.outreach.api.references.CadreReference;
import org.haian.strata.outreach.api.references.OrganisationReference;

/**
 * 计划走访 - put a visit to an organisation in the plan.
 *
 * @param township     the township the caller acts for ({@code null}: the city, taking the organisation's)
 * @param organisation what outreach's view knows of {@code organisationId}; {@code null} if nothing
 * @param leadCadre    what outreach's view knows of {@code leadCadreId}; {@code null} if nothing
 */
public record PlanVisit(@TargetAggregateIdentifier String visitId, String township, String organisationId,
                        OrganisationReference organisation, LocalDate plannedFor, String leadCadreId,
                        CadreReference leadCadre) {
}
