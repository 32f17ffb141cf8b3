package org.haian.strata.analytics.engine;

/**
 * A source whose counts depend on history or join aggregates: it keeps a state per key (e.g. per person: where they
 * were when, their listed liaisons and contacts, their memberships), and what a key counts in is worked out again
 * from its state after every event. The engine stores what each key counted in so far and adds only the difference,
 * recorded on the day of the event that caused it; so an event entered late with an earlier date corrects the past.
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

    /** Everything the key counts in, as known now: its whole history's worth of increments. */
    void contribute(S state, Tally tally);
}
