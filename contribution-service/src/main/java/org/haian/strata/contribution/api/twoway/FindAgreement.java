package org.haian.strata.contribution.api.twoway;

/** Which village an agreement belongs to, to check a suggestion's reference to it. */
public record FindAgreement(String agreementId) {
}
