package org.haian.strata.analytics.figures.contribution;

import java.time.LocalDate;
import java.util.List;

import org.haian.strata.analytics.engine.Cell;
import org.haian.strata.analytics.engine.CellTimeline;
import org.haian.strata.analytics.engine.Figure;
import org.haian.strata.analytics.engine.Interval;
import org.haian.strata.analytics.engine.KeyedCounting;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.analytics.engine.Tally;
import org.haian.strata.contract.contribution.AgreementEnded;
import org.haian.strata.contract.contribution.AgreementSigned;
import org.haian.strata.contract.contribution.VillageRegistered;
import org.springframework.stereotype.Component;

import static org.haian.strata.analytics.figures.contribution.ContributionFigures.VILLAGES;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.VILLAGES_SERVED;

/**
 * A township's villages and communities, and those the two-way service (双向服务) reaches: kept per village (its
 * township, the day it was registered, its agreements' days), so that a village with agreements in two categories
 * counts once, over the union of its agreements' days, in its township's cell of no category. Everything counts
 * from the day it was recorded.
 */
@Component
public class VillageCoverageFigures implements KeyedCounting<VillageCoverageFigures.Village> {

    /**
     * @param registeredOn {@code null} until the registration is seen
     * @param agreements   the village's agreements, whoever signed them
     */
    public record Village(String township, LocalDate registeredOn, AgreementSpells agreements) {

        static final Village UNSEEN = new Village(null, null, AgreementSpells.NONE);

        public Village {
            agreements = agreements == null ? AgreementSpells.NONE : agreements;
        }
    }

    @Override
    public String name() {
        return "contribution-village-coverage";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public List<Figure> figures() {
        return List.of(VILLAGES, VILLAGES_SERVED);
    }

    @Override
    public Class<Village> stateType() {
        return Village.class;
    }

    @Override
    public String keyOf(Object payload) {
        if (payload instanceof VillageRegistered registered) {
            return registered.villageId();
        } else if (payload instanceof AgreementSigned signed) {
            return signed.villageId();
        } else if (payload instanceof AgreementEnded ended) {
            return ended.villageId();
        }
        return null;
    }

    @Override
    public Village apply(Village state, RecordedEvent event) {
        Village village = state == null ? Village.UNSEEN : state;
        Object payload = event.payload();
        if (payload instanceof VillageRegistered registered) {
            return village.registeredOn() != null ? village
                    : new Village(registered.township(), event.recordedDay(), village.agreements());
        }
        String township = village.township() != null ? village.township()
                : payload instanceof AgreementSigned signed ? signed.township()
                : ((AgreementEnded) payload).township();
        return new Village(township, village.registeredOn(),
                village.agreements().after(payload, event.recordedDay()));
    }

    @Override
    public void contribute(Village village, LocalDate knownAt, Tally tally) {
        Cell cell = Cell.townshipWide(village.township());
        if (village.registeredOn() != null && !village.registeredOn().isAfter(knownAt)) {
            tally.add(cell, VILLAGES, village.registeredOn(), 1);
        }
        CellTimeline where = new CellTimeline(cell);
        Interval.union(village.agreements().knownAt(knownAt).stream().map(AgreementSpells::lasting).toList())
                .forEach(interval -> where.count(interval, VILLAGES_SERVED, 1, tally));
    }
}
