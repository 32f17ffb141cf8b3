package org.haian.strata.outreach.api.appraisals;

/** Counts an appraisal's votes again from its stored events and sets the result beside its award. */
public record RecheckTally(String appraisalId) {
}
