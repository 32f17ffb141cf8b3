package org.haian.strata.contract.contribution;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;

/**
 * The city adopted a submitted research report (成果被采纳).
 *
 * @param topicId   the topic's aggregate id
 * @param category  the topic's category
 * @param body      the body that adopted it
 * @param adoptedOn the day it was adopted
 */
@Revision("1")
public record ResearchReportAdopted(String topicId, Category category, String body, LocalDate adoptedOn) {
}
