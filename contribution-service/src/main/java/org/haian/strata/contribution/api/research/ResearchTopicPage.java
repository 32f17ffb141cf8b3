package org.haian.strata.contribution.api.research;

import java.util.List;

/** One page of research topics and how many match the filters in all. */
public record ResearchTopicPage(List<ResearchTopicView> items, int page, int size, long total) {
}
