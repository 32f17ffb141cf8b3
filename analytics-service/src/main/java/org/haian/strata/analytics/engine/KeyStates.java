package org.haian.strata.analytics.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haian.strata.analytics.engine.Guarded.Contribution;

/**
 * The keys of a {@link KeyedCounting} source that a batch (or a whole rebuild) works on: applies each event to its
 * key's state once and turns what the key counts in differently into counts, recorded on the event's day. The live
 * writer and a rebuild use it alike, which makes a rebuilt figure equal the live one.
 */
final class KeyStates<S> {

    private final KeyedCounting<S> source;
    private final Map<String, KeyState<S>> states = new HashMap<>();
    private final Map<String, KeyState<S>> changed = new LinkedHashMap<>();

    KeyStates(KeyedCounting<S> source) {
        this.source = source;
    }

    void load(String key, KeyState<S> state) {
        states.put(key, state);
    }

    /** The counts the event causes; none if its key has taken it in already. */
    List<Count> apply(String key, RecordedEvent event) {
        KeyState<S> before = states.getOrDefault(key, KeyState.none());
        if (before.hasTakenIn(event)) {
            return List.of();
        }
        S next = Guarded.apply(source, before.state(), event);
        Map<Contribution, Long> now = next == null ? Map.of() : Guarded.contributions(source, next, key);
        List<Count> counts = new ArrayList<>();
        now.forEach((contribution, amount) -> {
            long difference = amount - before.counted().getOrDefault(contribution, 0L);
            if (difference != 0) {
                counts.add(count(contribution, event, difference));
            }
        });
        before.counted().forEach((contribution, amount) -> {
            if (!now.containsKey(contribution)) {
                counts.add(count(contribution, event, -amount));
            }
        });
        Map<String, Long> seen = new HashMap<>(before.seen());
        seen.put(event.origin(), event.place());
        KeyState<S> after = new KeyState<>(next, now, seen);
        states.put(key, after);
        changed.put(key, after);
        return counts;
    }

    /** The keys an event changed, with their state now. */
    Map<String, KeyState<S>> changed() {
        return changed;
    }

    private static Count count(Contribution contribution, RecordedEvent event, long amount) {
        return new Count(contribution.cell(), contribution.figure(), contribution.businessDay(),
                event.recordedDay(), amount);
    }
}
