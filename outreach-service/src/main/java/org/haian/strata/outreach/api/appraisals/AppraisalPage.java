package org.haian.strata.outreach.api.appraisals;

import java.util.List;

/** One page of appraisals and how many match in all. */
public record AppraisalPage(List<AppraisalSummary> items, int page, int size, long total) {
}
