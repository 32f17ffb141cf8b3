package org.haian.strata.outreach.api.activities;

/** One activity. */
public record FindActivity(String activityId) {
}
