package org.haian.strata.contract.liaison;

/** How far a joint-conference resolution (联席会议议定事项) has been carried out. DONE is final. */
public enum ResolutionStatus {
    OPEN,
    IN_PROGRESS,
    DONE
}
