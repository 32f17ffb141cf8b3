package org.haian.strata.contract.liaison;

/** The body in which a person holds a political arrangement (政治安排). */
public enum ArrangementBody {
    /** 人大 - a people's congress. */
    PEOPLES_CONGRESS,
    /** 政协 - a committee of the Chinese People's Political Consultative Conference. */
    CPPCC,
    /** Any other body (e.g. a federation's executive committee); its post then says which. */
    OTHER
}
