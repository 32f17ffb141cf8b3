package org.haian.strata.outreach.api.appraisals;

/** One appraisal with its nominees. */
public record FindAppraisal(String appraisalId) {
}
