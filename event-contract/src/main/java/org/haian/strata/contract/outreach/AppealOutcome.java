package org.haian.strata.contract.outreach;

/** How an appeal heard at an activity ended. */
public enum AppealOutcome {
    /** 已解决 - solved. */
    RESOLVED,
    /** 已转办 - passed to the unit responsible. */
    REFERRED,
    /** 不予支持 - declined, with the reason in the note. */
    DECLINED
}
