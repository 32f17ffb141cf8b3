package org.haian.strata.contract.outreach;

import org.axonframework.serialization.Revision;

/**
 * The city opened an appraisal of a year and kind for nominations and votes. A city-wide record: it belongs to no
 * township, while each nominee counts in their own.
 *
 * @param appraisalId the appraisal's aggregate id
 * @param year        the year appraised
 * @param kind        netizens, online media or online articles
 */
@Revision("1")
public record AppraisalOpened(String appraisalId, int year, AppraisalKind kind) {
}
