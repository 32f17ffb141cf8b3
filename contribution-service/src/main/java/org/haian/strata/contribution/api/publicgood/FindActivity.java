package org.haian.strata.contribution.api.publicgood;

/** One public-good activity. */
public record FindActivity(String activityId) {
}
