package org.haian.strata.contribution.api.suggestions;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 落实 - record that an adopted suggestion was carried out, with the evidence. */
public record RecordImplementation(@TargetAggregateIdentifier String suggestionId, String note,
                                   LocalDate implementedOn, String documentReference) {
}
