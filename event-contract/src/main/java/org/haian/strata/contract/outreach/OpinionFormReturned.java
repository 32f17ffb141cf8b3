package org.haian.strata.contract.outreach;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;
import org.haian.strata.contract.personal.DataSubject;
import org.haian.strata.contract.personal.PersonalData;

/**
 * A person the form was issued to returned it, answering each question; once per person.
 *
 * @param formId     the form
 * @param township   the form's township
 * @param category   the form's category
 * @param personId   who returned it
 * @param returnedOn the day it came back
 * @param answers    one answer per question, in the questions' order; personal data (what this person said),
 *                   encrypted with the person's own key: null where the key is not, or no longer, held
 */
@Revision("1")
public record OpinionFormReturned(String formId, String township, Category category, @DataSubject String personId,
                                  LocalDate returnedOn, @PersonalData List<String> answers) implements TownshipEvent {
}
