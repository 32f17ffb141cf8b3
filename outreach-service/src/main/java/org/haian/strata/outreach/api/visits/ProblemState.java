package org.haian.strata.outreach.api.visits;

/** Where a problem raised on a visit stands, as of today in Hai'an. */
public enum ProblemState {
    /** Not resolved yet, whether due or not. */
    OPEN,
    /** Not resolved and past its due day: a subset of the open ones. */
    OVERDUE,
    /** Resolved, with a note. */
    RESOLVED
}
