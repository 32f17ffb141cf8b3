package org.haian.strata.outreach.api.visits;

import java.util.List;

/** One page of problems and how many match in all. */
public record ProblemPage(List<ProblemView> items, int page, int size, long total) {
}
