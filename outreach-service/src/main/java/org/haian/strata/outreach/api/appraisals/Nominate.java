package org.haian.strata.outreach.api.appraisals;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.outreach.api.references.OrganisationReference;
import org.haian.strata.outreach.api.references.PersonReference;

/**
 * 提名 - enter a nominee: a person for netizens, a media outlet for online media, an article with its author
 * ({@code personId}) and link for online articles. The references are what outreach's view knows of the ids.
 */
public record Nominate(@TargetAggregateIdentifier String appraisalId, String nomineeId, String personId,
                       PersonReference person, String organisationId, OrganisationReference organisation,
                       String articleTitle, String articleLink) {
}
