package org.haian.strata.contract.contribution;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * An adopted suggestion was carried out (落实), with the evidence of it.
 *
 * @param suggestionId      the suggestion's aggregate id
 * @param township          the suggestion's township
 * @param category          the suggestion's category
 * @param fromAgreement     whether it came from a two-way service agreement
 * @param note              what was done
 * @param implementedOn     the day it was done
 * @param documentReference the document that records it (a file number, a notice)
 */
@Revision("1")
public record SuggestionImplemented(String suggestionId, String township, Category category, boolean fromAgreement,
                                    String note, LocalDate implementedOn, String documentReference)
        implements TownshipEvent {
}
