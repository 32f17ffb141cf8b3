package org.haian.strata.contract.outreach;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;

/**
 * A closed appraisal awarded its top ten (or fewer, when fewer nominees had a vote), ranked by the tie rule of
 * {@code TopTen} in outreach-service: more votes first, and among equal votes the earlier nomination.
 *
 * @param appraisalId the appraisal
 * @param awards      the awarded nominees, first place first
 */
@Revision("1")
public record AppraisalAwarded(String appraisalId, List<Award> awards) {

    /**
     * One award.
     *
     * @param rank      1 to 10
     * @param nomineeId the nominee
     * @param votes     the votes they had
     * @param township  the nominee's township
     * @param category  the nominee's category
     */
    public record Award(int rank, String nomineeId, int votes, String township, Category category) {
    }
}
