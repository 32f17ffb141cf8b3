package org.haian.strata.contract.liaison;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A listed leader or cadre was assigned to befriend a person (列名联系).
 *
 * @param personId       the person's aggregate id
 * @param township       the person's township
 * @param category       the person's category
 * @param cadreId        the cadre's aggregate id
 * @param cadreLevel     the cadre's rank
 * @param since          the first day of the assignment
 * @param activeLiaisons how many cadres befriend the person after this event (1 = the person is now under liaison)
 */
@Revision("1")
public record LiaisonAssigned(String personId, String township, Category category, String cadreId,
                              CadreLevel cadreLevel, LocalDate since, int activeLiaisons) implements TownshipEvent {
}
