package org.haian.strata.liaison.api.conference;

/** A joint conference in a list: who convenes it, how many member units it has and how often it met. */
public record ConferenceSummary(String conferenceId, String name, String convener, int memberUnits, int meetings) {
}
