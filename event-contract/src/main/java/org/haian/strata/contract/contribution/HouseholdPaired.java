package org.haian.strata.contract.contribution;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;
import org.haian.strata.contract.personal.NotPersonalData;

/**
 * A person was paired with a household in hardship (结对帮扶特困家庭) of a village.
 *
 * @param villageId     the village's aggregate id
 * @param pairingId     the pairing's id
 * @param personId      the helping person's id in liaison's registry
 * @param township      the village's township
 * @param category      the helping person's category
 * @param householdCode the household's code in the township's hardship register
 * @param pairedOn      the day of the pairing
 */
@Revision("1")
public record HouseholdPaired(String villageId, String pairingId, String personId, String township, Category category,
                              @NotPersonalData("a register code, never a name or an address: the register that "
                                      + "resolves it stays with the township") String householdCode,
                              LocalDate pairedOn) implements TownshipEvent {
}
