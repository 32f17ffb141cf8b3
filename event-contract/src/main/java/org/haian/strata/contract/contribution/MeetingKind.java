package org.haian.strata.contract.contribution;

/** What kind of government meeting members attended. */
public enum MeetingKind {
    /** 政府工作会议 - a government working meeting. */
    WORKING_MEETING,
    /** 经济社会发展情况通报会 - a briefing on economic and social development. */
    BRIEFING
}
