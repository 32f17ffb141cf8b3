package org.haian.strata.analytics.figures.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.haian.strata.analytics.engine.Cell;
import org.haian.strata.analytics.engine.CountedDays;
import org.haian.strata.analytics.engine.Figure;
import org.haian.strata.analytics.engine.KeyedCounting;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.analytics.engine.Tally;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.outreach.VisitLogged;
import org.springframework.stereotype.Component;

import static org.haian.strata.analytics.figures.outreach.OutreachFigures.ORGANISATIONS_EVER_VISITED;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.ORGANISATIONS_VISITED;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.ORGANISATIONS_VISITED_BY_CITY_LEADERSHIP;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.ORGANISATIONS_VISITED_BY_DEPARTMENT;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.ORGANISATIONS_VISITED_BY_TOWNSHIP_CADRE;

/**
 * Distinct organisations visited: kept per organisation (its visits' days, cells and leading levels, no names),
 * each organisation counts once in a month and cell, on the day of its first visit there, and once more by each
 * level that led a visit to it that month; and once ever, on its first visit's day. A visit logged late, with an earlier day, moves the count to its day.
 */
@Component
public class OrganisationsVisitedFigures implements KeyedCounting<OrganisationsVisitedFigures.Visits> {

    private static final Map<CadreLevel, Figure> BY_LEVEL = Map.of(
            CadreLevel.CITY_LEADERSHIP, ORGANISATIONS_VISITED_BY_CITY_LEADERSHIP,
            CadreLevel.DEPARTMENT, ORGANISATIONS_VISITED_BY_DEPARTMENT,
            CadreLevel.TOWNSHIP, ORGANISATIONS_VISITED_BY_TOWNSHIP_CADRE);

    /** Every visit of one organisation. */
    public record Visits(List<Visit> visits) {

        public Visits {
            visits = List.copyOf(visits);
        }
    }

    /** One visit: when, where it counted, who led, and the day it was recorded. */
    public record Visit(String visitId, LocalDate day, String township, Category category, CadreLevel level,
                        LocalDate recordedOn) {
    }

    @Override
    public String name() {
        return "outreach-organisations-visited";
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public List<Figure> figures() {
        return List.of(ORGANISATIONS_EVER_VISITED, ORGANISATIONS_VISITED, ORGANISATIONS_VISITED_BY_CITY_LEADERSHIP,
                ORGANISATIONS_VISITED_BY_DEPARTMENT, ORGANISATIONS_VISITED_BY_TOWNSHIP_CADRE);
    }

    @Override
    public Class<Visits> stateType() {
        return Visits.class;
    }

    @Override
    public String keyOf(Object payload) {
        return payload instanceof VisitLogged visit ? visit.organisationId() : null;
    }

    @Override
    public Visits apply(Visits state, RecordedEvent event) {
        VisitLogged logged = (VisitLogged) event.payload();
        List<Visit> visits = new ArrayList<>(state == null ? List.of() : state.visits());
        if (visits.stream().noneMatch(visit -> visit.visitId().equals(logged.visitId()))) {
            visits.add(new Visit(logged.visitId(), CountedDays.clamp(logged.visitedOn(), "visitedOn"),
                    logged.township(), logged.category(), logged.leadCadreLevel(), event.recordedDay()));
        }
        return new Visits(visits);
    }

    @Override
    public void contribute(Visits state, LocalDate knownAt, Tally tally) {
        FirstInMonth.count(state.visits().stream().map(visit -> new FirstInMonth.Seen(
                List.of(ORGANISATIONS_VISITED, BY_LEVEL.get(visit.level())), new Cell(visit.township(),
                visit.category()), visit.day(), visit.recordedOn())).toList(), knownAt, tally);
        state.visits().stream().filter(visit -> !visit.recordedOn().isAfter(knownAt))
                .min(Comparator.comparing(Visit::day))
                .ifPresent(first -> tally.add(new Cell(first.township(), first.category()), ORGANISATIONS_EVER_VISITED,
                        first.day(), 1));
    }
}
