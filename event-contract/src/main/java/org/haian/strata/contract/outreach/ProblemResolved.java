package org.haian.strata.contract.outreach;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A problem raised on a visit was resolved. It carries the due day, so the read side tells an overdue problem's
 * end without remembering when it was due.
 *
 * @param visitId    the visit it was raised on
 * @param problemId  the problem
 * @param township   the visit's township
 * @param category   the visit's category
 * @param resolvedOn the day it was resolved
 * @param dueOn      the day it was due by
 * @param note       how it was resolved
 */
@Revision("1")
public record ProblemResolved(String visitId, String problemId, String township, Category category,
                              LocalDate resolvedOn, LocalDate dueOn, String note) implements TownshipEvent {
}
