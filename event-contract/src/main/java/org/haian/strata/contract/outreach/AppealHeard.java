package org.haian.strata.contract.outreach;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * An appeal (诉求) was heard at an activity, from a registered person.
 *
 * @param activityId the activity
 * @param appealId   the appeal's id
 * @param township   the activity's township
 * @param category   the activity's category
 * @param personId   who made it
 * @param heardOn    the activity's day
 * @param subject    what it asks for
 */
@Revision("1")
public record AppealHeard(String activityId, String appealId, String township, Category category, String personId,
                          LocalDate heardOn, String subject) implements TownshipEvent {
}
