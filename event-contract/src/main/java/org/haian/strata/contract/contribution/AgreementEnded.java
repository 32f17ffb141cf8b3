package org.haian.strata.contract.contribution;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A two-way service agreement ended; the village and the person may sign a new one.
 *
 * @param villageId        the village's aggregate id
 * @param agreementId      the agreement's id
 * @param personId         the person's id in liaison's registry
 * @param township         the village's township
 * @param category         the category the agreement was counted in
 * @param endedOn          the day it ended
 * @param reason           why it ended
 * @param activeInCategory the village's active agreements with people of this category left after this one
 */
@Revision("1")
public record AgreementEnded(String villageId, String agreementId, String personId, String township,
                             Category category, LocalDate endedOn, String reason, int activeInCategory)
        implements TownshipEvent {
}
