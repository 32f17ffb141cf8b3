package org.haian.strata.contribution.api.twoway;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.contract.Category;

/**
 * 签订双向服务协议 - a village and a person sign an agreement.
 *
 * @param category the person's category, as this service knows it
 */
public record SignAgreement(@TargetAggregateIdentifier String villageId, String agreementId, String personId,
                            Category category, LocalDate signedOn) {
}
