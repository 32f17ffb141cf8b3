package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;

/**
 * A member unit (成员单位) left the joint conference. City-level: not a township event.
 *
 * @param conferenceId the conference's aggregate id
 * @param unit         the unit's name
 * @param category     the category the unit served in the conference
 */
@Revision("1")
public record MemberUnitLeft(String conferenceId, String unit, Category category) {
}
