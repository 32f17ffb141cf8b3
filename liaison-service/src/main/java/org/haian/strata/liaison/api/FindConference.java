package org.haian.strata.liaison.api;

/** One joint conference with its member units, meetings and resolutions. */
public record FindConference(String conferenceId) {
}
