package org.haian.strata.outreach.api.visits;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.outreach.api.references.CadreReference;
import org.haian.strata.outreach.api.references.PersonReference;

/**
 * 登记走访 - write up a planned visit that took place. The references are what outreach's view knows of the ids
 * given (an id it does not know has no entry).
 */
public record LogVisit(@TargetAggregateIdentifier String visitId, LocalDate visitedOn, String leadCadreId,
                       CadreReference leadCadre, List<String> visitingCadreIds, List<CadreReference> visitingCadres,
                       List<String> peopleMetIds, List<PersonReference> peopleMet, String findings) {
}
