package org.haian.strata.contribution.api.research;

import org.haian.strata.contract.Category;

/** One page of research topics by title; each filter is optional ({@code null} matches every value). */
public record ListResearchTopics(Category category, ResearchStatus status, int page, int size) {
}
