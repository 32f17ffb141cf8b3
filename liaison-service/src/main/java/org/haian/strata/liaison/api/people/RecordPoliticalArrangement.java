package org.haian.strata.liaison.api.people;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.liaison.ArrangementBody;
import org.haian.strata.contract.liaison.ArrangementLevel;

/** 政治安排 - record a person's seat or post in a people's congress, CPPCC or similar body for one term. */
public record RecordPoliticalArrangement(@TargetAggregateIdentifier String personId, ArrangementBody body,
                                         ArrangementLevel level, String post, LocalDate termStart,
                                         LocalDate termEnd) {
}
