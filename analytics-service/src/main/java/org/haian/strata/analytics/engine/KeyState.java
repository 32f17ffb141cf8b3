package org.haian.strata.analytics.engine;

import java.util.Map;

import org.haian.strata.analytics.engine.Guarded.Contribution;

/**
 * One key of a {@link KeyedCounting} source: its state, what it counted in so far, and the place of the last event
 * it took in from each {@link RecordedEvent#origin() origin} (a person's aggregate and the associations for a
 * person: bounded by the key's own history).
 *
 * @param state   {@code null} before the key's first event
 * @param counted the sum of every increment written for the key so far
 * @param seen    per origin, the place of the last event taken in; every earlier one of that origin is in too
 */
record KeyState<S>(S state, Map<Contribution, Long> counted, Map<String, Long> seen) {

    KeyState {
        counted = Map.copyOf(counted);
        seen = Map.copyOf(seen);
    }

    static <S> KeyState<S> none() {
        return new KeyState<>(null, Map.of(), Map.of());
    }

    boolean hasTakenIn(RecordedEvent event) {
        Long last = seen.get(event.origin());
        return last != null && last >= event.place();
    }
}
