package org.haian.strata.contribution.api.meetings;

import java.time.LocalDate;
import java.util.List;

import org.haian.strata.contract.contribution.MeetingKind;

/** A government meeting members attended (列席政府工作会议, 通报会) and what they raised there. */
public record MeetingView(String meetingId, String township, MeetingKind kind, String title, LocalDate heldOn,
                          List<String> attendeeIds, List<Contribution> contributions) {

    /** Something a member raised: it may become a suggestion naming this meeting. */
    public record Contribution(String contributionId, String personId, String text) {
    }
}
