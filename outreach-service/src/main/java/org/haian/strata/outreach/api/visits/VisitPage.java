package org.haian.strata.outreach.api.visits;

import java.util.List;

/** One page of visits and how many match the filters in all. */
public record VisitPage(List<VisitView> items, int page, int size, long total) {
}
