package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A listed cadre no longer befriends a person (列名联系 ended), either on its own or because the person was archived.
 *
 * @param personId       the person's aggregate id
 * @param township       the person's township
 * @param category       the person's category
 * @param cadreId        the cadre's aggregate id
 * @param cadreLevel     the cadre's rank
 * @param activeLiaisons how many cadres befriend the person after this event (0 = no longer under liaison)
 */
@Revision("1")
public record LiaisonEnded(String personId, String township, Category category, String cadreId,
                           CadreLevel cadreLevel, int activeLiaisons) implements TownshipEvent {
}
