package org.haian.strata.contribution.api.twoway;

import java.util.List;

/** One page of villages and how many match the filters in all. */
public record VillagePage(List<VillageView> items, int page, int size, long total) {
}
