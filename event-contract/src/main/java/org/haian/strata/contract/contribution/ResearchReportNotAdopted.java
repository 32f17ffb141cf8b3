package org.haian.strata.contract.contribution;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;

/**
 * The city decided not to adopt a submitted research report.
 *
 * @param topicId  the topic's aggregate id
 * @param category the topic's category
 * @param reason   why not
 */
@Revision("1")
public record ResearchReportNotAdopted(String topicId, Category category, String reason) {
}
