package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.personal.DataSubject;
import org.haian.strata.contract.personal.PersonalData;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A person stopped being a member of the association. Township and category are those the member was admitted
 * with, so a consumer takes the member off the same figures it added them to.
 *
 * @param associationId the association's aggregate id
 * @param personId      the person's aggregate id in the registry
 * @param branchId      the branch the member belonged to; null for a member of the association at large
 * @param township      the township the member was admitted with
 * @param category      the category the member was admitted with
 * @param reason        why the membership ended; personal data, encrypted with the person's own key: null where the key is not, or no longer, held
 */
@Revision("2")
public record MemberRemoved(String associationId, @DataSubject String personId, String branchId, String township,
                            Category category, @PersonalData String reason) implements TownshipEvent {
}
