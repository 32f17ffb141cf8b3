package org.haian.strata.outreach.api.visits;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 问题交办 - take up a problem the organisation raised on the visit, with who follows it up and by when. */
public record RaiseProblem(@TargetAggregateIdentifier String visitId, String problemId, String description,
                           String owner, LocalDate dueOn) {
}
