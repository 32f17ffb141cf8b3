package org.haian.strata.contract.contribution;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A member of the association gave a consultation (会员互助): to named members (each with a
 * {@link ConsultationBenefited} of their own, written with this event) or as a policy briefing to an audience.
 *
 * @param consultationId the consultation's aggregate id
 * @param township       the township it was given in
 * @param category       the consultant's category, in which it is counted
 * @param consultantId   the member who gave it
 * @param field          what it was about
 * @param givenOn        the day it was given
 * @param beneficiaries  how many named members it was given to; 0 for a briefing
 * @param audience       how many people a briefing reached; 0 for a consultation to named members
 */
@Revision("1")
public record ConsultationGiven(String consultationId, String township, Category category, String consultantId,
                                ConsultationField field, LocalDate givenOn, int beneficiaries, int audience)
        implements TownshipEvent {
}
