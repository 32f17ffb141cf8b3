package org.haian.strata.contract.liaison;

/** Where a branch of the New Social Strata Association (新联会分会) is rooted. */
public enum BranchKind {
    /** 区镇分会 - a branch in one township. */
    TOWNSHIP,
    /** 系统分会 - a branch in a city-wide system such as education or health. */
    SYSTEM
}
