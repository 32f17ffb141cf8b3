package org.haian.strata.analytics.figures.contribution;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import org.haian.strata.analytics.engine.Cell;
import org.haian.strata.analytics.engine.Figure;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.analytics.engine.Tally;

/** A tally that keeps what a source counted, by cell, figure and day, and events recorded on a given day. */
final class Counted implements Tally {

    private static final ZoneId HAIAN = ZoneId.of("Asia/Shanghai");

    private final Map<String, Long> amounts = new TreeMap<>();

    @Override
    public void add(Cell cell, Figure figure, LocalDate businessDay, long amount) {
        amounts.merge(cell.township() + "|" + cell.category() + "|" + figure.name() + "|" + businessDay, amount,
                Long::sum);
        amounts.remove(cell.township() + "|" + cell.category() + "|" + figure.name() + "|" + businessDay, 0L);
    }

    /** Every amount counted: {@code township|category|figure|day} to the amount. */
    Map<String, Long> amounts() {
        return amounts;
    }

    /** The figure's value in the cell on the day: everything counted on or before it. */
    long on(String township, String category, Figure figure, LocalDate day) {
        String prefix = township + "|" + category + "|" + figure.name() + "|";
        return amounts.entrySet().stream().filter(entry -> entry.getKey().startsWith(prefix))
                .filter(entry -> !LocalDate.parse(entry.getKey().substring(prefix.length())).isAfter(day))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** The event as the read side takes it in, recorded at noon of the day in Hai'an. */
    static RecordedEvent recordedOn(LocalDate day, Object payload, long sequence) {
        Instant at = day.atTime(12, 0).atZone(HAIAN).toInstant();
        return new RecordedEvent(payload, "haian.contribution.events-0", sequence, "aggregate", sequence, at, day);
    }
}
