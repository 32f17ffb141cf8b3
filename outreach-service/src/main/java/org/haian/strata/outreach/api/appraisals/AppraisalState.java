package org.haian.strata.outreach.api.appraisals;

/** Where an appraisal stands. */
public enum AppraisalState {
    /** Taking nominations and votes. */
    OPEN,
    /** Closed: nothing changes but its award. */
    CLOSED,
    /** Its top ten awarded. */
    AWARDED
}
