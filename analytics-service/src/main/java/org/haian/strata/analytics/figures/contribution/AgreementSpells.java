package org.haian.strata.analytics.figures.contribution;

import java.time.LocalDate;
import java.util.List;

import org.haian.strata.contract.Category;

/**
 * One person's two-way service agreements as the read side keeps them: where each was counted and the days it was
 * recorded as signed and, once it is, as ended. Ids and days only; nothing that names the person.
 */
public record AgreementSpells(List<Spell> spells) {

    /**
     * @param from  the day the signing was recorded
     * @param until the day the end was recorded, or {@code null} while the agreement is active
     */
    public record Spell(String agreementId, String township, Category category, LocalDate from, LocalDate until) {
    }
}
