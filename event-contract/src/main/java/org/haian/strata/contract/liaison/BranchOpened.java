package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.personal.NotPersonalData;

/**
 * The association opened a branch (分会) in a township or in a city-wide system. A system branch belongs to no
 * township, so this is not a township event; a township branch's township is in the payload.
 *
 * @param associationId the association's aggregate id
 * @param branchId      the branch's id, unique within the association
 * @param name          the branch's name
 * @param kind          whether it is rooted in a township or in a system
 * @param township      the township of a TOWNSHIP branch; null for a SYSTEM branch
 * @param system        the system of a SYSTEM branch; null for a TOWNSHIP branch
 */
@Revision("1")
public record BranchOpened(String associationId, String branchId, @NotPersonalData("a branch's name") String name,
                           BranchKind kind, String township, AffiliationSystem system) {
}
