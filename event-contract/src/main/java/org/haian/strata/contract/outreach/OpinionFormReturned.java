package org.haian.strata.contract.outreach;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A person the form was issued to returned it, answering each question; once per person.
 *
 * @param formId     the form
 * @param township   the form's township
 * @param category   the form's category
 * @param personId   who returned it
 * @param returnedOn the day it came back
 * @param answers    one answer per question, in the questions' order
 */
@Revision("1")
public record OpinionFormReturned(String formId, String township, Category category, String personId,
                                  LocalDate returnedOn, List<String> answers) implements TownshipEvent {
}
