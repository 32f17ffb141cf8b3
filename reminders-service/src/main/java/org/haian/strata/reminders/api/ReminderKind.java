package org.haian.strata.reminders.api;

/** What a reminder is about: the four ways liaison work decays quietly. */
public enum ReminderKind {
    /** 联系逾期: a person under a cadre's listed liaison with no contact logged within the contact period. */
    OVERDUE_CONTACT,
    /** 问题跟踪逾期: a problem raised on a visit, not resolved by its due day. */
    OVERDUE_PROBLEM,
    /** 建言停滞: a suggestion that has taken no step for longer than the configured time. */
    STUCK_SUGGESTION,
    /** 监督员任期将满: a village's government-affairs-disclosure supervisor whose term ends within the warning window. */
    ENDING_SUPERVISOR_TERM
}
