package org.haian.strata.contribution.api.publicgood;

import java.util.List;

/** One page of activities and how many match the filters in all. */
public record ActivityPage(List<ActivityView> items, int page, int size, long total) {
}
