package org.haian.strata.outreach.api.activities;

import java.util.List;

/** One page of activities and how many match in all. */
public record ActivityPage(List<ActivityView> items, int page, int size, long total) {
}
