package org.haian.strata.contribution.api.meetings;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.contribution.MeetingKind;

/** 列席政府会议 - record that members attended a government meeting. */
public record RecordMeetingAttendance(@TargetAggregateIdentifier String meetingId, String township, MeetingKind kind,
                                      String title, LocalDate heldOn, List<String> attendeeIds) {
}
