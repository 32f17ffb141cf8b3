package org.haian.strata.liaison.api.listedliaison;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 结束列名联系 - end a listed cadre's assignment to befriend a person. */
public record EndLiaison(@TargetAggregateIdentifier String personId, String cadreId) {
}
