package org.haian.strata.contribution.api.research;

/** Where a research topic (专题调研) stands. */
public enum ResearchStatus {
    /** Set by the city; authors may be assigned. */
    SET,
    /** The report is in, waiting for the city's decision. */
    SUBMITTED,
    ADOPTED,
    NOT_ADOPTED
}
