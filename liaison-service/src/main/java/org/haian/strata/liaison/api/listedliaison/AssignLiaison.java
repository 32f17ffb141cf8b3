package org.haian.strata.liaison.api.listedliaison;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.liaison.CadreLevel;

/** 列名联系 - assign a listed leader or cadre to befriend a person, from a given day. */
public record AssignLiaison(@TargetAggregateIdentifier String personId, String cadreId, CadreLevel cadreLevel,
                            LocalDate since) {
}
