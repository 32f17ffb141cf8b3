package org.haian.strata.outreach.api.connection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 移除联系人. */
public record RemoveFromAddressBook(@TargetAggregateIdentifier String bookId, String personId) {
}
