package org.haian.strata.contribution.api.mutualaid;

/** One consultation. */
public record FindConsultation(String consultationId) {
}
