package org.haian.strata.contribution.api.research;

/** One research topic with its authors and report. */
public record FindResearchTopic(String topicId) {
}
