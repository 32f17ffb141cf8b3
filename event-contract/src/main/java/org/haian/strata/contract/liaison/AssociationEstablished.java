package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.personal.NotPersonalData;

/**
 * The New Social Strata Association (新的社会阶层人士联谊会, 新联会) was set up. City-level: not a township event.
 *
 * @param associationId the association's aggregate id
 * @param name          its name
 */
@Revision("1")
public record AssociationEstablished(String associationId, @NotPersonalData("the association's name") String name) {
}
