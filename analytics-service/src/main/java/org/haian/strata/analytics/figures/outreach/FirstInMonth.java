package org.haian.strata.analytics.figures.outreach;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haian.strata.analytics.engine.Cell;
import org.haian.strata.analytics.engine.Figure;
import org.haian.strata.analytics.engine.Tally;

/**
 * A distinct count in a month: one key (an organisation, a person) counts once per figure, cell and month, on the
 * first day it was seen there, counting only what was recorded by the day asked about.
 */
final class FirstInMonth {

    /** One sighting of the key: the figures it counts in, where, on which day, and the day it was recorded. */
    record Seen(List<Figure> figures, Cell cell, LocalDate day, LocalDate recordedOn) {
    }

    private FirstInMonth() {
    }

    static void count(Collection<Seen> sightings, LocalDate knownAt, Tally tally) {
        Map<List<Object>, LocalDate> first = new LinkedHashMap<>();
        sightings.stream()
                .filter(seen -> !seen.recordedOn().isAfter(knownAt))
                .sorted(Comparator.comparing(Seen::day))
                .forEach(seen -> seen.figures().forEach(figure ->
                        first.putIfAbsent(List.of(figure, seen.cell(), YearMonth.from(seen.day())), seen.day())));
        first.forEach((key, day) -> tally.add((Cell) key.get(1), (Figure) key.get(0), day, 1));
    }
}
