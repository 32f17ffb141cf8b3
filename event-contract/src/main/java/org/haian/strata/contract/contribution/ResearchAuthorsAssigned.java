package org.haian.strata.contract.contribution;

import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * Authors were assigned to a research topic; together with those assigned before, they write its report.
 *
 * @param topicId   the topic's aggregate id
 * @param authorIds the people assigned now, by their ids in liaison's registry
 */
@Revision("1")
public record ResearchAuthorsAssigned(String topicId, List<String> authorIds) {
}
