package org.haian.strata.contract.outreach;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A problem the organisation raised on a visit was taken up, with who follows it up and by when.
 *
 * @param visitId     the visit it was raised on
 * @param problemId   the problem's id, unique within the suite
 * @param township    the visit's township
 * @param category    the visit's category
 * @param description what the problem is
 * @param owner       the unit or post that follows it up (跟踪责任单位)
 * @param raisedOn    the day it was raised: the visit's day
 * @param dueOn       the day it is to be resolved by; overdue from the day after
 */
@Revision("1")
public record ProblemRaised(String visitId, String problemId, String township, Category category,
                            String description, String owner, LocalDate raisedOn, LocalDate dueOn)
        implements TownshipEvent {
}
