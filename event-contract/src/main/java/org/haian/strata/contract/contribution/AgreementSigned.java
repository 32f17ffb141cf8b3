package org.haian.strata.contract.contribution;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A village and a person signed a two-way service agreement (双向服务协议): the person serves the village.
 *
 * @param villageId        the village's aggregate id
 * @param agreementId      the agreement's id
 * @param personId         the person's id in liaison's registry
 * @param township         the village's township
 * @param category         the person's category, in which the agreement is counted
 * @param signedOn         the day it was signed
 * @param activeInCategory the village's active agreements with people of this category, this one included
 */
@Revision("1")
public record AgreementSigned(String villageId, String agreementId, String personId, String township,
                              Category category, LocalDate signedOn, int activeInCategory) implements TownshipEvent {
}
