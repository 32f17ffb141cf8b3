package org.haian.strata.liaison.api.listedliaison;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.liaison.ContactChannel;

/** 联系记录 - log a listed cadre's contact with a person they befriend, and the issues the person raised. */
public record LogContact(@TargetAggregateIdentifier String personId, String cadreId, LocalDate date,
                         ContactChannel channel, String notes, List<String> issuesRaised) {
}
