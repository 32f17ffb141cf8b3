package org.haian.strata.contract.outreach;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * Registered people were invited to an activity, each once.
 *
 * @param activityId the activity
 * @param township   the activity's township
 * @param category   the activity's category
 * @param personIds  the people invited now
 */
@Revision("1")
public record PeopleInvited(String activityId, String township, Category category, List<String> personIds)
        implements TownshipEvent {
}
