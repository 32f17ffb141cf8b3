package org.haian.strata.analytics.engine;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.haian.strata.analytics.engine.Guarded.Contribution;

/**
 * One key of a {@link KeyedCounting} source: its state, the days on which its events were recorded, and the place
 * of the last event it took in from each {@link RecordedEvent#origin() origin} (a person's aggregate and the
 * associations for a person: bounded by the key's own history).
 *
 * @param state {@code null} before the key's first event
 * @param days  the distinct days its events were recorded on
 * @param seen  per origin, the place of the last event taken in; every earlier one of that origin is in too
 * @param known what the key counts in as known at the last of its days, if worked out already (not stored: the
 *              next event recorded that day or later would otherwise work it out again)
 */
record KeyState<S>(S state, NavigableSet<LocalDate> days, Map<String, Long> seen,
                   Map<Contribution, Long> known) {

    KeyState {
        seen = Map.copyOf(seen);
    }

    static <S> KeyState<S> none() {
        return new KeyState<>(null, new TreeSet<>(), Map.of(), Map.of());
    }

    boolean hasTakenIn(RecordedEvent event) {
        Long last = seen.get(event.origin());
        return last != null && last >= event.place();
    }
}
