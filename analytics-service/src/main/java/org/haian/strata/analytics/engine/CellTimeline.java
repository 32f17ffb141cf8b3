package org.haian.strata.analytics.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where something counted on each day, e.g. a person who moved: the first cell from the beginning of time, each
 * later one from the day it took over. Counting an interval on it puts each part of the interval in the cell of
 * those days.
 */
public final class CellTimeline {

    private final List<LocalDate> froms = new ArrayList<>();
    private final List<Cell> cells = new ArrayList<>();

    public CellTimeline(Cell first) {
        froms.add(null);
        cells.add(first);
    }

    /** From this day on (not before the last change), the cell is this one. */
    public CellTimeline from(LocalDate day, Cell cell) {
        LocalDate last = froms.get(froms.size() - 1);
        froms.add(last != null && day.isBefore(last) ? last : day);
        cells.add(cell);
        return this;
    }

    /** Counts {@code amount} of the figure in each cell for the part of the interval it covers. */
    public void count(Interval interval, Figure figure, long amount, Tally tally) {
        if (interval.isEmpty()) {
            return;
        }
        for (int i = 0; i < cells.size(); i++) {
            LocalDate from = froms.get(i);
            LocalDate until = i + 1 < froms.size() ? froms.get(i + 1) : null;
            LocalDate start = from == null || interval.start().isAfter(from) ? interval.start() : from;
            LocalDate end = until == null ? interval.end()
                    : interval.end() == null || until.isBefore(interval.end()) ? until : interval.end();
            if (end == null || end.isAfter(start)) {
                tally.add(cells.get(i), figure, start, amount);
                if (end != null) {
                    tally.add(cells.get(i), figure, end, -amount);
                }
            }
        }
    }
}
