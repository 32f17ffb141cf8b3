package org.haian.strata.contract.contribution;

/** What kind of place a village of the two-way service registry is. */
public enum VillageKind {
    /** 村 - a village. */
    VILLAGE,
    /** 居/社区 - an urban community. */
    COMMUNITY
}
