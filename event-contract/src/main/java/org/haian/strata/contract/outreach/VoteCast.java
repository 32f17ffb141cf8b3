package org.haian.strata.contract.outreach;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;

/**
 * A voter gave their vote to one nominee of an appraisal: one event per nominee, each voter at most once for each
 * and for at most ten nominees of the appraisal.
 *
 * @param appraisalId the appraisal
 * @param voterId     the id on the voter's ballot
 * @param nomineeId   the nominee voted for
 * @param township    the nominee's township
 * @param category    the nominee's category
 */
@Revision("1")
public record VoteCast(String appraisalId, String voterId, String nomineeId, String township, Category category) {
}
