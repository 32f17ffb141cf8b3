package org.haian.strata.liaison.api.bases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 撤销工作基地 - close a work base. */
public record CloseWorkBase(@TargetAggregateIdentifier String baseId, String reason) {
}
