package org.haian.strata.contract.contribution;

/** The level of government a suggestion (建言献策) is addressed to. */
public enum SuggestionLevel {
    /** 市级 - the city government. */
    CITY,
    /** 区镇级 - a township government. */
    TOWNSHIP,
    /** 村居级 - a village or community committee. */
    VILLAGE
}
