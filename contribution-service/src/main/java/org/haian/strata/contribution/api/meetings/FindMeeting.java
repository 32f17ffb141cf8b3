package org.haian.strata.contribution.api.meetings;

/** One government meeting with its attendees and what they raised. */
public record FindMeeting(String meetingId) {
}
