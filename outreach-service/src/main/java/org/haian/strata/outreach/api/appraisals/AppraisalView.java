package org.haian.strata.outreach.api.appraisals;

import java.util.List;

import org.haian.strata.contract.outreach.AppraisalKind;

/** An appraisal with its nominees, most votes first and then in the order of nomination. */
public record AppraisalView(String appraisalId, int year, AppraisalKind kind, AppraisalState state, int votes,
                            List<NomineeView> nominees) {
}
