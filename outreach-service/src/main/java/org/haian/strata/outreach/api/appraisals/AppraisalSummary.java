package org.haian.strata.outreach.api.appraisals;

import org.haian.strata.contract.outreach.AppraisalKind;

/** An appraisal as a list shows it. */
public record AppraisalSummary(String appraisalId, int year, AppraisalKind kind, AppraisalState state, int nominees,
                               int votes) {
}
