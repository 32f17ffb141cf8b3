package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * An organisation's registration made by a bulk import (批量导入) was withdrawn when the import was undone. It
 * carries the organisation's details as they stood, everything a consumer counts or sums by, so that consumer takes
 * it off its figures from this one event.
 *
 * @param organisationId the organisation's aggregate id
 * @param kind           what kind of organisation it was
 * @param category       its category as it stood
 * @param township       its township as it stood
 * @param headcount      its headcount as it stood
 * @param followers      its follower count as it stood (a MEDIA_OUTLET's); null for every other kind
 * @param importBatch    the id of the import that registered it and is undone now
 */
@Revision("1")
public record OrganisationRegistrationWithdrawn(String organisationId, OrganisationKind kind, Category category,
                                                String township, int headcount, Integer followers,
                                                String importBatch) implements TownshipEvent {
}
