package org.haian.strata.contract.outreach;

import org.axonframework.serialization.Revision;

/**
 * An appraisal took its last nomination and vote: nothing of it changes from now on but its award.
 *
 * @param appraisalId the appraisal
 * @param nominees    how many nominees it had
 * @param votes       how many votes were cast in it
 */
@Revision("1")
public record AppraisalClosed(String appraisalId, int nominees, int votes) {
}
