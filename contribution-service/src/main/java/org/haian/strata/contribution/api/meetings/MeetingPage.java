package org.haian.strata.contribution.api.meetings;

import java.util.List;

/** One page of meetings and how many match the filters in all. */
public record MeetingPage(List<MeetingView> items, int page, int size, long total) {
}
