package org.haian.strata.contract.liaison;

/** A city-wide system (系统) in which the association has a branch. */
public enum AffiliationSystem {
    /** 教育系统. */
    EDUCATION,
    /** 卫生系统. */
    HEALTH
}
