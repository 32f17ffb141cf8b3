package org.haian.strata.contribution.api.research;

import java.time.LocalDate;
import java.util.List;

import org.haian.strata.contract.Category;

/** A research topic (专题调研), its authors, its report and the city's decision on it. */
public record ResearchTopicView(String topicId, String title, Category category, List<String> authorIds,
                                ResearchStatus status, String reportTitle, String documentReference,
                                String adoptedBy, LocalDate adoptedOn, String notAdoptedReason) {
}
