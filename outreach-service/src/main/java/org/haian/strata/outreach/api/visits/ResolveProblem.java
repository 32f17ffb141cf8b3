package org.haian.strata.outreach.api.visits;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 问题办结 - a problem raised on the visit was resolved, and how. */
public record ResolveProblem(@TargetAggregateIdentifier String visitId, String problemId, LocalDate resolvedOn,
                             String note) {
}
