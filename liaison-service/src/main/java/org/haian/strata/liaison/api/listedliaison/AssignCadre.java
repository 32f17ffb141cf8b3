package org.haian.strata.liaison.api.listedliaison;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 列名联系 - assign a registered leader or cadre to befriend a person, from a given day. The cadre's level is the one
 * the cadre registry holds, decided with the assignment ({@code AssignLiaison} is what the person then takes in).
 */
public record AssignCadre(@TargetAggregateIdentifier String personId, String cadreId, LocalDate since) {
}
