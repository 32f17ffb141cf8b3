package org.haian.strata.contribution.api.mutualaid;

import java.time.LocalDate;
import java.util.List;

import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.ConsultationField;

/** A mutual-aid consultation (会员互助): to named members, or a briefing with its audience. */
public record ConsultationView(String consultationId, String township, Category category, String consultantId,
                               ConsultationField field, LocalDate givenOn, List<String> beneficiaryIds,
                               int audience) {
}
