package org.haian.strata.outreach.api.connection;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 回收 - a person the form was issued to returned it, one answer per question. */
public record RecordFormReturn(@TargetAggregateIdentifier String formId, String personId, LocalDate returnedOn,
                               List<String> answers) {
}
