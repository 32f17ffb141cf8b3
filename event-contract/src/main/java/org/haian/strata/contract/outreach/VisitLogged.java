package org.haian.strata.contract.outreach;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;
import org.haian.strata.contract.liaison.CadreLevel;

/**
 * A planned visit took place (走访连心) and was written up. It carries the leading cadre's level, so the read side
 * counts visits by who led them without joining liaison's cadres.
 *
 * @param visitId          the visit's aggregate id
 * @param township         the township of the organisation visited
 * @param category         the organisation's category
 * @param organisationId   the organisation visited
 * @param visitedOn        the day of the visit
 * @param leadCadreId      the cadre who led the visit
 * @param leadCadreLevel   that cadre's level: city leadership, department or township
 * @param visitingCadreIds the other cadres who went along, each once
 * @param peopleMetIds     the registered people met there, each once
 * @param findings         what the visit found out about the organisation
 */
@Revision("1")
public record VisitLogged(String visitId, String township, Category category, String organisationId,
                          LocalDate visitedOn, String leadCadreId, CadreLevel leadCadreLevel,
                          List<String> visitingCadreIds, List<String> peopleMetIds, String findings)
        implements TownshipEvent {
}
