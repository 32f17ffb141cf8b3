package org.haian.strata.outreach.api.appraisals;

import org.haian.strata.contract.outreach.AppraisalKind;

/** One page of appraisals, the latest year first, then by kind; each filter is optional. */
public record ListAppraisals(Integer year, AppraisalKind kind, int page, int size) {
}
