package org.haian.strata.contract.contribution;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.TownshipEvent;

/**
 * Members of the association attended a government meeting (列席政府工作会议, 通报会).
 *
 * @param meetingId   the meeting's aggregate id
 * @param township    the township whose government held it
 * @param kind        a working meeting or a briefing
 * @param title       what the meeting was
 * @param heldOn      the day it was held
 * @param attendeeIds the members who attended, by their ids in liaison's registry
 */
@Revision("1")
public record GovernmentMeetingAttended(String meetingId, String township, MeetingKind kind, String title,
                                        LocalDate heldOn, List<String> attendeeIds) implements TownshipEvent {
}
