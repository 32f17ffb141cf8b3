package org.haian.strata.contract.outreach;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A form was issued to registered people, each once over all its issues.
 *
 * @param formId    the form
 * @param township  the form's township
 * @param category  the form's category
 * @param issuedOn  the day it was handed out
 * @param personIds the people it went to now
 */
@Revision("1")
public record OpinionFormIssued(String formId, String township, Category category, LocalDate issuedOn,
                                List<String> personIds) implements TownshipEvent {
}
