package org.haian.strata.liaison.api.people;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that everything held about a person is handed out (a subject-access request), before it is. */
public record RecordPersonalDataExport(@TargetAggregateIdentifier String personId) {
}
