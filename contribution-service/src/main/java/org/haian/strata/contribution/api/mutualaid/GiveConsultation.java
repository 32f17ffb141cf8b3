package org.haian.strata.contribution.api.mutualaid;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.ConsultationField;

/**
 * 会员互助 - a member gives a consultation, to named members or as a briefing with an audience count.
 *
 * @param category the consultant's category, as this service knows it
 * @param audience the size of a briefing's audience; {@code null} for a consultation to named members
 */
public record GiveConsultation(@TargetAggregateIdentifier String consultationId, String township,
                               Category category, String consultantId, ConsultationField field, LocalDate givenOn,
                               List<String> beneficiaryIds, Integer audience) {
}
