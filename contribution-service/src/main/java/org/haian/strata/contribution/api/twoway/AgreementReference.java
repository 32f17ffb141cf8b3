package org.haian.strata.contribution.api.twoway;

/** An agreement as a suggestion may name it: its village's township and whether it is still active. */
public record AgreementReference(String agreementId, String villageId, String township, boolean active) {
}
