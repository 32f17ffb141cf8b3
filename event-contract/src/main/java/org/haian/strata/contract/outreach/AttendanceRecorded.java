package org.haian.strata.contract.outreach;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A registered person took part in an activity; recorded once per person and activity.
 *
 * @param activityId the activity
 * @param township   the activity's township
 * @param category   the activity's category
 * @param personId   who took part
 * @param heldOn     the activity's day, on which the participation counts
 * @param invited    whether they had been invited
 */
@Revision("1")
public record AttendanceRecorded(String activityId, String township, Category category, String personId,
                                 LocalDate heldOn, boolean invited) implements TownshipEvent {
}
