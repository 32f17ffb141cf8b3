package org.haian.strata.contribution.api.meetings;

import org.haian.strata.contract.contribution.MeetingKind;

/** One page of meetings, latest first; each filter is optional ({@code null} matches every value). */
public record ListMeetings(String township, MeetingKind kind, int page, int size) {
}
