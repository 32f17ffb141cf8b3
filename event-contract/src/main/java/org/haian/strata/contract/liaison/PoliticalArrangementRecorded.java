package org.haian.strata.contract.liaison;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A person was found to hold a political arrangement (政治安排): a seat or post in a people's congress, a CPPCC
 * committee or a similar body.
 *
 * @param personId              the person's aggregate id
 * @param township              the person's township
 * @param category              the person's category
 * @param body                  the body the seat or post is in
 * @param level                 the level of that body
 * @param post                  the seat or post, e.g. "member" or "standing committee member"; may be null unless
 *                              the body is OTHER
 * @param termStart             the first day of the term
 * @param termEnd               the last day of the term; null when open-ended or not yet known
 * @param politicalArrangements how many arrangements the person has on record after this one (1 = their first)
 */
@Revision("1")
public record PoliticalArrangementRecorded(String personId, String township, Category category,
                                           ArrangementBody body, ArrangementLevel level, String post,
                                           LocalDate termStart, LocalDate termEnd, int politicalArrangements)
        implements TownshipEvent {
}
