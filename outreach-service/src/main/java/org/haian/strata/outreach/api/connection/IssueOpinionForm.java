package org.haian.strata.outreach.api.connection;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.outreach.api.references.PersonReference;

/** 发放 - issue the form to registered people; {@code people} is what outreach's view knows of them. */
public record IssueOpinionForm(@TargetAggregateIdentifier String formId, LocalDate issuedOn, List<String> personIds,
                               List<PersonReference> people) {
}
