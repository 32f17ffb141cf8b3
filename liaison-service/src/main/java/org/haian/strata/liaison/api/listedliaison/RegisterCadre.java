package org.haian.strata.liaison.api.listedliaison;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.liaison.CadreLevel;

/** 登记联系干部 - enter a leader or cadre who may be listed to befriend people; township only for township cadres. */
public record RegisterCadre(@TargetAggregateIdentifier String cadreId, String name, CadreLevel level,
                            String township, String post) {
}
