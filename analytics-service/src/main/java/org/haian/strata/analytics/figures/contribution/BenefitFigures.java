package org.haian.strata.analytics.figures.contribution;

import java.time.LocalDate;
import java.util.List;

import org.haian.strata.analytics.engine.Cell;
import org.haian.strata.analytics.engine.Figure;
import org.haian.strata.analytics.engine.KeyedCounting;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.analytics.engine.Tally;
import org.haian.strata.contract.contribution.ConsultationBenefited;
import org.haian.strata.contract.contribution.ConsultationGiven;
import org.springframework.stereotype.Component;

import static org.haian.strata.analytics.figures.contribution.ContributionFigures.PEOPLE_BENEFITED;

/**
 * People who benefited from mutual aid (会员互助受益): a named member is a key of their own and counts once, from the
 * first consultation recorded for them, however many follow (the source's "600+ people benefited" counts people,
 * not consultations); a briefing is a key of its own and counts its audience.
 */
@Component
public class BenefitFigures implements KeyedCounting<Benefits> {

    @Override
    public String name() {
        return "contribution-benefits";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public List<Figure> figures() {
        return List.of(PEOPLE_BENEFITED);
    }

    @Override
    public Class<Benefits> stateType() {
        return Benefits.class;
    }

    @Override
    public String keyOf(Object payload) {
        if (payload instanceof ConsultationBenefited benefited) {
            return "member-" + benefited.personId();
        }
        if (payload instanceof ConsultationGiven briefing && briefing.audience() > 0) {
            return "briefing-" + briefing.consultationId();
        }
        return null;
    }

    /** The earliest recorded benefit decides, whichever order the partitions deliver them in. */
    @Override
    public Benefits apply(Benefits state, RecordedEvent event) {
        Benefits next = event.payload() instanceof ConsultationBenefited benefited
                ? new Benefits(benefited.township(), benefited.category(), event.recordedDay(), 1)
                : briefing((ConsultationGiven) event.payload(), event.recordedDay());
        return state == null || next.from().isBefore(state.from()) ? next : state;
    }

    private static Benefits briefing(ConsultationGiven briefing, LocalDate recorded) {
        return new Benefits(briefing.township(), briefing.category(), recorded, briefing.audience());
    }

    @Override
    public void contribute(Benefits state, LocalDate knownAt, Tally tally) {
        if (!state.from().isAfter(knownAt)) {
            tally.add(new Cell(state.township(), state.category()), PEOPLE_BENEFITED, state.from(), state.people());
        }
    }
}
