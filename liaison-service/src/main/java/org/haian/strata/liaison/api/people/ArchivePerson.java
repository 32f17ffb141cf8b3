package org.haian.strata.liaison.api.people;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 人士归档 - take a person out of active work (e.g. they left the area), ending all their listed liaisons. */
public record ArchivePerson(@TargetAggregateIdentifier String personId, String reason) {
}
