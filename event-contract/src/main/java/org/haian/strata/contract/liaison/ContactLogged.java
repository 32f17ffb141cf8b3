package org.haian.strata.contract.liaison;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.personal.DataSubject;
import org.haian.strata.contract.personal.PersonalData;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A listed cadre was in touch with a person they befriend (联系记录).
 *
 * @param personId     the person's aggregate id
 * @param township     the person's township
 * @param category     the person's category
 * @param cadreId      the cadre's aggregate id
 * @param cadreLevel   the cadre's rank
 * @param date         the day of the contact
 * @param channel      how they were in touch
 * @param notes        what was talked about; may be null; personal data, encrypted with the person's own key: null where the key is not, or no longer, held
 * @param issuesRaised the problems or requests the person raised, one entry each; empty when none; personal data, encrypted with the person's own key: null where the key is not, or no longer, held
 */
@Revision("2")
public record ContactLogged(@DataSubject String personId, String township, Category category, String cadreId,
                            CadreLevel cadreLevel, LocalDate date, ContactChannel channel, @PersonalData String notes,
                            @PersonalData List<String> issuesRaised) implements TownshipEvent {

    public ContactLogged {
        issuesRaised = issuesRaised == null ? List.of() : List.copyOf(issuesRaised);
    }
}
