package org.haian.strata.liaison.api.conference;

/** One joint conference with its member units, meetings and resolutions. */
public record FindConference(String conferenceId) {
}
