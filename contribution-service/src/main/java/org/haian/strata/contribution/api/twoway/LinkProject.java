package org.haian.strata.contribution.api.twoway;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.Category;

/** 挂钩帮扶 - link a person to a village collective project they help. */
public record LinkProject(@TargetAggregateIdentifier String villageId, String linkId, String personId,
                          Category category, String project) {
}
