package org.haian.strata.contract.outreach;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;
import org.haian.strata.contract.personal.DataSubject;
import org.haian.strata.contract.personal.PersonalData;

/**
 * An appeal (诉求) was heard at an activity, from a registered person.
 *
 * @param activityId the activity
 * @param appealId   the appeal's id
 * @param township   the activity's township
 * @param category   the activity's category
 * @param personId   who made it
 * @param heardOn    the activity's day
 * @param subject    what it asks for; personal data, encrypted with the person's own key: null where the key is
 *                   not, or no longer, held
 */
@Revision("1")
public record AppealHeard(String activityId, String appealId, String township, Category category,
                          @DataSubject String personId, LocalDate heardOn, @PersonalData String subject)
        implements TownshipEvent {
}
