package org.haian.strata.analytics.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The days from {@code start} up to but not including {@code end}: on {@code end} it is over. An open interval
 * ({@code end == null}) lasts.
 */
public record Interval(LocalDate start, LocalDate end) {

    public boolean isEmpty() {
        return end != null && !end.isAfter(start);
    }

    /** The days covered by any of the intervals, as few intervals as that takes, in order. */
    public static List<Interval> union(List<Interval> intervals) {
        List<Interval> sorted = intervals.stream().filter(interval -> !interval.isEmpty())
                .sorted(Comparator.comparing(Interval::start)).toList();
        List<Interval> union = new ArrayList<>();
        for (Interval next : sorted) {
            Interval last = union.isEmpty() ? null : union.get(union.size() - 1);
            if (last != null && (last.end() == null || !next.start().isAfter(last.end()))) {
                LocalDate end = last.end() == null || next.end() == null ? null
                        : next.end().isAfter(last.end()) ? next.end() : last.end();
                union.set(union.size() - 1, new Interval(last.start(), end));
            } else {
                union.add(next);
            }
        }
        return union;
    }

    /** The days covered by both: each day once, if the first does not overlap itself (a {@link #union}). */
    public static List<Interval> intersection(List<Interval> first, List<Interval> second) {
        List<Interval> both = new ArrayList<>();
        List<Interval> others = union(second);
        for (Interval a : first) {
            for (Interval b : others) {
                LocalDate start = a.start().isAfter(b.start()) ? a.start() : b.start();
                LocalDate end = a.end() == null ? b.end() : b.end() == null || a.end().isBefore(b.end()) ? a.end()
                        : b.end();
                Interval overlap = new Interval(start, end);
                if (!overlap.isEmpty()) {
                    both.add(overlap);
                }
            }
        }
        return both;
    }
}
