package org.haian.strata.contribution.api.research;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 成果采纳 - the city adopts a submitted report. */
public record AdoptResearchReport(@TargetAggregateIdentifier String topicId, String body, LocalDate adoptedOn) {
}
