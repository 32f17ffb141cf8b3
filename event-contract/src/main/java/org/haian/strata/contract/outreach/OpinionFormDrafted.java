package org.haian.strata.contract.outreach;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * An opinion-solicitation form (征求意见表) was drafted with its questions.
 *
 * @param formId    the form's aggregate id
 * @param township  the township that issues it
 * @param category  the category it asks, enterprise staff
 * @param title     what it is about
 * @param questions its questions, in order; every return answers each
 */
@Revision("1")
public record OpinionFormDrafted(String formId, String township, Category category, String title,
                                 List<String> questions) implements TownshipEvent {
}
