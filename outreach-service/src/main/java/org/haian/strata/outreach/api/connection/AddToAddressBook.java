package org.haian.strata.outreach.api.connection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.outreach.api.references.PersonReference;

/** 添加联系人 - a registered member of the enterprise staff, kept in touch with online or in person. */
public record AddToAddressBook(@TargetAggregateIdentifier String bookId, String personId, PersonReference person,
                               boolean online) {
}
