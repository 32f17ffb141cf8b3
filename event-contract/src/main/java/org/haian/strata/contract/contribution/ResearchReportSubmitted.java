package org.haian.strata.contract.contribution;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;

/**
 * The authors submitted the topic's research report.
 *
 * @param topicId           the topic's aggregate id
 * @param category          the topic's category
 * @param reportTitle       the report's title
 * @param documentReference where the report is kept
 */
@Revision("1")
public record ResearchReportSubmitted(String topicId, Category category, String reportTitle,
                                      String documentReference) {
}
