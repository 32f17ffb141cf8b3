package org.haian.strata.contract.outreach;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * An appeal heard at an activity came to its outcome; once.
 *
 * @param activityId  the activity
 * @param appealId    the appeal
 * @param township    the activity's township
 * @param category    the activity's category
 * @param outcome     solved, referred or declined
 * @param concludedOn the day of the outcome
 * @param note        what was done
 */
@Revision("1")
public record AppealConcluded(String activityId, String appealId, String township, Category category,
                              AppealOutcome outcome, LocalDate concludedOn, String note) implements TownshipEvent {
}
