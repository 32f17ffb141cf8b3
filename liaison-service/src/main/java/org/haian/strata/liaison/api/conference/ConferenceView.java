package org.haian.strata.liaison.api.conference;

import java.time.LocalDate;
import java.util.List;

import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.ResolutionStatus;

/**
 * The joint conference (联席会议): its convener (召集人), its member units (成员单位) with the category each serves, and
 * its meetings in the order they were recorded, each with its resolutions (议定事项) and how far each has got.
 */
public record ConferenceView(String conferenceId, String name, String convener, List<MemberUnit> memberUnits,
                             List<Meeting> meetings) {

    /** A member unit and the category it serves. */
    public record MemberUnit(String unit, Category category) {
    }

    /** One meeting: who attended, the categories they serve, the agenda and what it resolved. */
    public record Meeting(String meetingId, LocalDate date, List<String> attendingUnits, List<Category> categories,
                          String agenda, List<Resolution> resolutions) {
    }

    /** One resolution, the member unit that carries it out, and its current status. */
    public record Resolution(String resolutionId, String text, String ownerUnit, Category ownerCategory,
                             ResolutionStatus status) {
    }
}
