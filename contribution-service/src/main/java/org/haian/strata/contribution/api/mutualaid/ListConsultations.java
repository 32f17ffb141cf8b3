package org.haian.strata.contribution.api.mutualaid;

import org.haian.strata.contract.contribution.ConsultationField;

/** One page of consultations, latest first; each filter is optional ({@code null} matches every value). */
public record ListConsultations(String township, ConsultationField field, int page, int size) {
}
