package org.haian.strata.contribution.api.twoway;

/** One village with its agreements, supervisors, projects and paired households. */
public record FindVillage(String villageId) {
}
