package org.haian.strata.reminders.api;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.haian.strata.contract.Category;

/**
 * What a reminder is about, by ids, with the names that are not personal data: an organisation's, a village's, a
 * suggestion's topic, a problem's description. A person is named by id only: their name is personal data, which
 * liaison holds (encrypted with the person's own key) and shows at the reminder's link to whoever may read it.
 * Fields that do not apply to a kind are left out.
 *
 * @param personId         the person the cadre befriends, or the supervisor
 * @param category         the category the record is counted in
 * @param visitId          the visit a problem was raised on
 * @param problemId        the problem
 * @param organisationId   the organisation visited
 * @param organisationName its name, once liaison's registry has named it here
 * @param suggestionId     the suggestion
 * @param villageId        the village whose supervisor it is
 * @param villageName      its name, once the village's registration has arrived
 * @param title            a problem's description or a suggestion's topic
 * @param owner            the unit or post that follows a problem up (跟踪责任单位)
 * @param step             where a suggestion stands: SUBMITTED, ACCEPTED or ADOPTED
 * @param since            the day the reminder's time began: the assignment's first day or the last contact, the
 *                         day a problem was raised, a suggestion's last step, a supervisor's first day in office
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Subject(String personId, Category category, String visitId, String problemId, String organisationId,
                      String organisationName, String suggestionId, String villageId, String villageName,
                      String title, String owner, String step, LocalDate since) {
}
