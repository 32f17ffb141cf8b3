package org.haian.strata.analytics.figures.contribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haian.strata.analytics.engine.Cell;
import org.haian.strata.analytics.engine.Figure;
import org.haian.strata.analytics.engine.Interval;
import org.haian.strata.analytics.engine.KeyedCounting;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.analytics.engine.Tally;
import org.haian.strata.contract.contribution.AgreementEnded;
import org.haian.strata.contract.contribution.AgreementSigned;
import org.springframework.stereotype.Component;

import static org.haian.strata.analytics.figures.contribution.ContributionFigures.PEOPLE_WITH_AGREEMENT;

/**
 * People with an active two-way service agreement (签约人士), each counted once in a cell however many of its
 * villages they serve: the agreements are the villages' records, so only a state kept per person joins them. A person
 * counts in a cell over the union of their agreements' days there, each from the day its signing was recorded up to
 * the day its end was.
 */
@Component
public class AgreementPeopleFigures implements KeyedCounting<AgreementSpells> {

    @Override
    public String name() {
        return "contribution-agreement-people";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public List<Figure> figures() {
        return List.of(PEOPLE_WITH_AGREEMENT);
    }

    @Override
    public Class<AgreementSpells> stateType() {
        return AgreementSpells.class;
    }

    @Override
    public String keyOf(Object payload) {
        if (payload instanceof AgreementSigned signed) {
            return signed.personId();
        }
        if (payload instanceof AgreementEnded ended) {
            return ended.personId();
        }
        return null;
    }

    @Override
    public AgreementSpells apply(AgreementSpells state, RecordedEvent event) {
        return (state == null ? AgreementSpells.NONE : state).after(event.payload(), event.recordedDay());
    }

    @Override
    public void contribute(AgreementSpells state, LocalDate knownAt, Tally tally) {
        Map<Cell, List<Interval>> byCell = new LinkedHashMap<>();
        for (AgreementSpells.Spell spell : state.knownAt(knownAt)) {
            byCell.computeIfAbsent(new Cell(spell.township(), spell.category()), cell -> new ArrayList<>())
                    .add(AgreementSpells.lasting(spell));
        }
        byCell.forEach((cell, intervals) -> Interval.union(intervals).forEach(interval -> {
            tally.add(cell, PEOPLE_WITH_AGREEMENT, interval.start(), 1);
            if (interval.end() != null) {
                tally.add(cell, PEOPLE_WITH_AGREEMENT, interval.end(), -1);
            }
        }));
    }
}
