package org.haian.strata.analytics.figures.outreach;

import java.time.LocalDate;
import java.util.List;

import org.haian.strata.analytics.engine.Cell;
import org.haian.strata.analytics.engine.CountedDays;
import org.haian.strata.analytics.engine.Figure;
import org.haian.strata.analytics.engine.KeyedCounting;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.analytics.engine.Tally;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.outreach.ProblemRaised;
import org.haian.strata.contract.outreach.ProblemResolved;
import org.springframework.stereotype.Component;

import static org.haian.strata.analytics.figures.outreach.OutreachFigures.PROBLEMS_OVERDUE;

/**
 * Problems overdue: a problem counts from the day after its due day until the day it was resolved, as outreach's
 * list of overdue problems says, and not at all if it was resolved in time. Kept per problem (its cell, due day and
 * resolution, each with the day it was recorded), so that a resolution recorded late ends the count on its own day
 * and what was known on a day stays what it was.
 */
@Component
public class OverdueProblemsFigures implements KeyedCounting<OverdueProblemsFigures.Problem> {

    /**
     * @param raisedOn   the day the problem was recorded as raised; {@code null} until its ProblemRaised arrives
     * @param resolvedOn the day of its resolution; {@code null} while open
     */
    public record Problem(String township, Category category, LocalDate dueOn, LocalDate raisedOn,
                          LocalDate resolvedOn, LocalDate resolutionRecordedOn) {
    }

    @Override
    public String name() {
        return "outreach-overdue-problems";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public List<Figure> figures() {
        return List.of(PROBLEMS_OVERDUE);
    }

    @Override
    public Class<Problem> stateType() {
        return Problem.class;
    }

    @Override
    public String keyOf(Object payload) {
        return payload instanceof ProblemRaised raised ? raised.problemId()
                : payload instanceof ProblemResolved resolved ? resolved.problemId() : null;
    }

    @Override
    public Problem apply(Problem state, RecordedEvent event) {
        if (event.payload() instanceof ProblemRaised raised) {
            return new Problem(raised.township(), raised.category(), CountedDays.clamp(raised.dueOn(), "dueOn"),
                    event.recordedDay(), state == null ? null : state.resolvedOn(),
                    state == null ? null : state.resolutionRecordedOn());
        }
        ProblemResolved resolved = (ProblemResolved) event.payload();
        return new Problem(resolved.township(), resolved.category(), CountedDays.clamp(resolved.dueOn(), "dueOn"),
                state == null ? null : state.raisedOn(), CountedDays.clamp(resolved.resolvedOn(), "resolvedOn"),
                event.recordedDay());
    }

    @Override
    public void contribute(Problem state, LocalDate knownAt, Tally tally) {
        if (state.raisedOn() == null || state.raisedOn().isAfter(knownAt)) {
            return;
        }
        LocalDate overdueFrom = state.dueOn().plusDays(1);
        boolean resolvedKnown = state.resolvedOn() != null && !state.resolutionRecordedOn().isAfter(knownAt);
        if (resolvedKnown && !state.resolvedOn().isAfter(state.dueOn())) {
            return;
        }
        Cell cell = new Cell(state.township(), state.category());
        tally.add(cell, PROBLEMS_OVERDUE, overdueFrom, 1);
        if (resolvedKnown) {
            tally.add(cell, PROBLEMS_OVERDUE, state.resolvedOn(), -1);
        }
    }
}
