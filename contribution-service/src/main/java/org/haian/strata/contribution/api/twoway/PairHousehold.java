package org.haian.strata.contribution.api.twoway;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.Category;

/** 结对帮扶特困家庭 - pair a person with a household in hardship, known here by its register code only. */
public record PairHousehold(@TargetAggregateIdentifier String villageId, String pairingId, String personId,
                            Category category, String householdCode, LocalDate pairedOn) {
}
