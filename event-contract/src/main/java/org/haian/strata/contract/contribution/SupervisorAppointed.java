package org.haian.strata.contract.contribution;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A person was appointed a village's government-affairs-disclosure supervisor (政务公开监督员) for a term.
 *
 * @param villageId the village's aggregate id
 * @param personId  the person's id in liaison's registry
 * @param township  the village's township
 * @param category  the person's category
 * @param termStart the term's first day
 * @param termEnd   the day after the term's last day: on it the person is no longer supervisor
 */
@Revision("1")
public record SupervisorAppointed(String villageId, String personId, String township, Category category,
                                  LocalDate termStart, LocalDate termEnd) implements TownshipEvent {
}
