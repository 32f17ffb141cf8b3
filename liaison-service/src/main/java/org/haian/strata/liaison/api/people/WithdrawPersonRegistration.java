package org.haian.strata.liaison.api.people;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 撤销导入登记 - take back a person's registration when the bulk import that made it is undone.
 *
 * @param importBatch the import being undone; only a registration that import made is withdrawn
 */
public record WithdrawPersonRegistration(@TargetAggregateIdentifier String personId, String importBatch) {
}
