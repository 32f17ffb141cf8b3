package org.haian.strata.liaison.api.bases;

import java.util.List;

/** One page of work bases and how many match the filters in all. */
public record WorkBasePage(List<WorkBaseView> items, int page, int size, long total) {
}
