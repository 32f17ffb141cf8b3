package org.haian.strata.contract.outreach;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;

/**
 * A nominee entered an open appraisal: a registered person (netizens), a media outlet (online media), or an article
 * with its registered author (online articles). The township and category are the person's or the outlet's.
 *
 * @param appraisalId    the appraisal
 * @param nomineeId      the nominee's id within the appraisal
 * @param township       the township the nominee counts in
 * @param category       the category the nominee counts in
 * @param personId       the person nominated, or the article's author; null for a media outlet
 * @param organisationId the media outlet nominated; null otherwise
 * @param articleTitle   the article's title; null unless an article
 * @param articleLink    where the article is published; null unless an article
 */
@Revision("1")
public record NomineeNominated(String appraisalId, String nomineeId, String township, Category category,
                               String personId, String organisationId, String articleTitle, String articleLink) {
}
