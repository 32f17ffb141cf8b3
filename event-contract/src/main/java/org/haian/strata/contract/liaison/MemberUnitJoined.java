package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;

/**
 * A city unit (成员单位) joined the joint conference to serve one category. City-level: not a township event.
 *
 * @param conferenceId the conference's aggregate id
 * @param unit         the unit's name, e.g. "Federation of Industry and Commerce"
 * @param category     the category the unit serves in the conference
 */
@Revision("1")
public record MemberUnitJoined(String conferenceId, String unit, Category category) {
}
