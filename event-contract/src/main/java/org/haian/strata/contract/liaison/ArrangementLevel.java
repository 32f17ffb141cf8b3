package org.haian.strata.contract.liaison;

/** The level of the body in which a political arrangement (政治安排) is held. */
public enum ArrangementLevel {
    /** 市级. */
    CITY,
    /** 区镇级. */
    TOWNSHIP
}
