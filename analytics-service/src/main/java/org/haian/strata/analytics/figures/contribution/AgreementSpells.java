package org.haian.strata.analytics.figures.contribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.haian.strata.analytics.engine.Interval;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.AgreementEnded;
import org.haian.strata.contract.contribution.AgreementSigned;

/**
 * Two-way service agreements, a person's or a village's, as the read side keeps them: where each was counted and the days it was
 * recorded as signed and, once it is, as ended. Ids and days only; nothing that names the person.
 */
public record AgreementSpells(List<Spell> spells) {

    /**
     * @param from  the day the signing was recorded
     * @param until the day the end was recorded, or {@code null} while the agreement is active
     */
    public record Spell(String agreementId, String township, Category category, LocalDate from, LocalDate until) {
    }

    static final AgreementSpells NONE = new AgreementSpells(List.of());

    public AgreementSpells {
        spells = spells == null ? List.of() : List.copyOf(spells);
    }

    /** The spells after a signing (once per agreement, however often delivered) or an end, recorded on the day. */
    AgreementSpells after(Object payload, LocalDate recordedOn) {
        List<Spell> next = new ArrayList<>(spells);
        if (payload instanceof AgreementSigned signed
                && next.stream().noneMatch(spell -> spell.agreementId().equals(signed.agreementId()))) {
            next.add(new Spell(signed.agreementId(), signed.township(), signed.category(), recordedOn, null));
        } else if (payload instanceof AgreementEnded ended) {
            next.replaceAll(spell -> spell.agreementId().equals(ended.agreementId()) && spell.until() == null
                    ? new Spell(spell.agreementId(), spell.township(), spell.category(), spell.from(), recordedOn)
                    : spell);
        }
        return new AgreementSpells(next);
    }

    /** Each spell as known at the end of the day, as the days it lasted; none recorded after the day. */
    List<Spell> knownAt(LocalDate day) {
        return spells.stream().filter(spell -> !spell.from().isAfter(day))
                .map(spell -> spell.until() == null || !spell.until().isAfter(day) ? spell
                        : new Spell(spell.agreementId(), spell.township(), spell.category(), spell.from(), null))
                .toList();
    }

    static Interval lasting(Spell spell) {
        return new Interval(spell.from(), spell.until());
    }
}
