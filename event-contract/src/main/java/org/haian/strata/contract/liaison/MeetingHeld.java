package org.haian.strata.contract.liaison;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;

/**
 * The joint conference met and adopted resolutions (议定事项), each owned by a member unit and OPEN from now on.
 * City-level: not a township event.
 *
 * @param conferenceId   the conference's aggregate id
 * @param meetingId      the meeting's id, unique within the conference
 * @param date           the day of the meeting
 * @param attendingUnits the member units that attended
 * @param categories     the categories the attending units serve, each once, in the order of {@link Category}
 * @param agenda         what was on the agenda
 * @param resolutions    what the meeting resolved; may be empty
 */
@Revision("1")
public record MeetingHeld(String conferenceId, String meetingId, LocalDate date, List<String> attendingUnits,
                          List<Category> categories, String agenda, List<Resolution> resolutions) {

    public MeetingHeld {
        attendingUnits = attendingUnits == null ? List.of() : List.copyOf(attendingUnits);
        categories = categories == null ? List.of() : List.copyOf(categories);
        resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
    }

    /**
     * One resolution of the meeting.
     *
     * @param resolutionId  the resolution's id, unique within the conference
     * @param text          what was resolved
     * @param ownerUnit     the member unit that carries it out
     * @param ownerCategory the category the owner unit serves
     */
    public record Resolution(String resolutionId, String text, String ownerUnit, Category ownerCategory) {
    }
}
