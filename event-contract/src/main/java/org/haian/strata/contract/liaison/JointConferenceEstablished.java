package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.personal.NotPersonalData;

/**
 * The joint conference (联席会议) was set up. It is city-level, so this is not a township event.
 *
 * @param conferenceId the conference's aggregate id
 * @param name         the conference's name
 * @param convener     who convenes it (召集人), e.g. the head of the united-front department
 */
@Revision("1")
public record JointConferenceEstablished(String conferenceId, @NotPersonalData("the conference's name") String name,
                                         String convener) {
}
