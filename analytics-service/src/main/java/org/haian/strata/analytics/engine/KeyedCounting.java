package org.haian.strata.analytics.engine;

import java.time.LocalDate;

/**
 * A source whose counts depend on history or join aggregates: it keeps a state per key (e.g. per person: where they
 * were when, their listed liaisons and contacts, their memberships), and what a key counts in is worked out again
 * from its state after every event, as known at the end of a day. The engine writes only the differences, on the
 * days they became known; so an event entered late with an earlier date corrects the past, and what was known on a
 * day stays what it was.
 *
 * <p>One key's events may come from several partitions (a person's and the association's), so the processor runs
 * in one segment: one thread reads, decides and writes a key's state.
 *
 * @param <S> the state of one key: a record Jackson can write and read
 */
public non-sealed interface KeyedCounting<S> extends FigureSource {

    Class<S> stateType();

    /** The key whose state the event changes, or {@code null} if it changes none. */
    String keyOf(Object payload);

    /**
     * The key's state after the event.
     *
     * @param state {@code null} before the key's first event
     */
    S apply(S state, RecordedEvent event);

    /**
     * Everything the key counts in, as known at the end of a day: its whole history's worth of increments, counting
     * only what was recorded by then. The state must therefore keep the day each part of it was recorded on.
     */
    void contribute(S state, LocalDate knownAt, Tally tally);
}
