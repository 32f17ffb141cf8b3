package org.haian.strata.analytics.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

import org.haian.strata.analytics.engine.Guarded.Contribution;

/**
 * The keys of a {@link KeyedCounting} source that a batch (or a whole rebuild) works on: applies each event to its
 * key's state once and writes what the key counts in differently, on the days it became known. The live writer and
 * a rebuild use it alike, which makes a rebuilt figure equal the live one.
 *
 * <p>A key's increments recorded on a day sum to what it counts in as known at the end of that day. An event
 * recorded on day {@code d} changes that for {@code d} and for every later day on which the key's other events were
 * recorded: one of the association's events may arrive after a person's event recorded later (another partition).
 * So for each such day {@code R} the change is worked out as known at {@code R}, before and after the event, and
 * written on {@code R} as far as it differs from the change of the day before. What the city knew on a day then does
 * not depend on the order in which Kafka delivered the partitions.
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
        NavigableSet<LocalDate> days = new TreeSet<>(before.days());
        days.add(event.recordedDay());
        List<Count> counts = new ArrayList<>();
        Map<Contribution, Long> changedTheDayBefore = Map.of();
        Map<Contribution, Long> knownAtTheEnd = Map.of();
        for (LocalDate day : days.tailSet(event.recordedDay(), true)) {
            knownAtTheEnd = contributions(next, day, key);
            Map<Contribution, Long> changedThatDay = difference(knownBefore(before, day, key), knownAtTheEnd);
            Set<Contribution> touched = new HashSet<>(changedThatDay.keySet());
            touched.addAll(changedTheDayBefore.keySet());
            for (Contribution contribution : touched) {
                long amount = changedThatDay.getOrDefault(contribution, 0L)
                        - changedTheDayBefore.getOrDefault(contribution, 0L);
                if (amount != 0) {
                    counts.add(new Count(contribution.cell(), contribution.figure(), contribution.businessDay(), day,
                            amount));
                }
            }
            changedTheDayBefore = changedThatDay;
        }
        Map<String, Long> seen = new HashMap<>(before.seen());
        seen.put(event.origin(), event.place());
        KeyState<S> after = new KeyState<>(next, days, seen, knownAtTheEnd);
        states.put(key, after);
        changed.put(key, after);
        return counts;
    }

    /** The keys an event changed, with their state now. */
    Map<String, KeyState<S>> changed() {
        return changed;
    }

    /** As known before the event at a day: on or after the key's last day, what was known at that one. */
    private Map<Contribution, Long> knownBefore(KeyState<S> before, LocalDate day, String key) {
        if (before.known() != null && (before.days().isEmpty() || !day.isBefore(before.days().last()))) {
            return before.known();
        }
        return contributions(before.state(), day, key);
    }

    private Map<Contribution, Long> contributions(S state, LocalDate knownAt, String key) {
        return state == null ? Map.of() : Guarded.contributions(source, state, knownAt, key);
    }

    private static Map<Contribution, Long> difference(Map<Contribution, Long> before, Map<Contribution, Long> after) {
        Map<Contribution, Long> difference = new HashMap<>(after);
        before.forEach((contribution, amount) -> difference.merge(contribution, -amount, Long::sum));
        difference.values().removeIf(amount -> amount == 0);
        return difference;
    }
}
