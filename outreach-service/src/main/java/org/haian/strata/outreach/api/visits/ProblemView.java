package org.haian.strata.outreach.api.visits;

import java.time.LocalDate;

import org.haian.strata.contract.Category;

/** A problem raised on a visit; {@code overdue} as of today in Hai'an. */
public record ProblemView(String problemId, String visitId, String township, Category category,
                          String organisationId, String description, String owner, LocalDate raisedOn,
                          LocalDate dueOn, boolean resolved, LocalDate resolvedOn, String note, boolean overdue) {
}
