package org.haian.strata.contract.outreach;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A visit to an organisation was put in the plan (每周一访, one visit a week).
 *
 * @param visitId        the visit's aggregate id
 * @param township       the township (区镇) of the organisation, which owns the visit
 * @param category       the organisation's category
 * @param organisationId the organisation to be visited (liaison's registry)
 * @param plannedFor     the day the visit is planned for
 * @param leadCadreId    the cadre who is to lead it (liaison's registry of cadres)
 */
@Revision("1")
public record VisitPlanned(String visitId, String township, Category category, String organisationId,
                           LocalDate plannedFor, String leadCadreId) implements TownshipEvent {
}
