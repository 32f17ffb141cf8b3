package org.haian.strata.liaison.api.conference;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 召开联席会议 - record a meeting of the joint conference: who attended, the agenda and its resolutions (议定事项). */
public record HoldMeeting(@TargetAggregateIdentifier String conferenceId, String meetingId, LocalDate date,
                          List<String> attendingUnits, String agenda, List<Resolution> resolutions) {

    /** One resolution to adopt, to be carried out by a member unit. */
    public record Resolution(String resolutionId, String text, String ownerUnit) {
    }
}
