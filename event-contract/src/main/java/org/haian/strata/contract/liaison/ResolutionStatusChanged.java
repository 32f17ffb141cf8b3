package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;

/**
 * A joint-conference resolution (议定事项) moved on, or back. City-level: not a township event.
 *
 * @param conferenceId  the conference's aggregate id
 * @param resolutionId  the resolution's id
 * @param meetingId     the meeting that adopted it
 * @param ownerUnit     the member unit that carries it out
 * @param ownerCategory the category the owner unit serves
 * @param fromStatus    the status before
 * @param toStatus      the status from now on; DONE is final
 */
@Revision("1")
public record ResolutionStatusChanged(String conferenceId, String resolutionId, String meetingId, String ownerUnit,
                                      Category ownerCategory, ResolutionStatus fromStatus,
                                      ResolutionStatus toStatus) {
}
