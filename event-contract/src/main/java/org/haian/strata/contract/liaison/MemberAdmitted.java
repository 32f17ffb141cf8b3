package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A registered person became a member (会员) of the association.
 *
 * @param associationId the association's aggregate id
 * @param personId      the person's aggregate id in the registry
 * @param branchId      the branch the member belongs to; null for a member of the association at large
 * @param township      the person's township at admission
 * @param category      the person's category at admission
 */
@Revision("1")
public record MemberAdmitted(String associationId, String personId, String branchId, String township,
                             Category category) implements TownshipEvent {
}
