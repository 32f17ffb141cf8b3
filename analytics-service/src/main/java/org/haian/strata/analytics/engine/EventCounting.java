package org.haian.strata.analytics.engine;

/**
 * A source whose counts follow from each event alone (the event carries what it changes, e.g. a move carries the
 * person's standing). Its processor runs in as many segments as the topics have partitions, so it scales out.
 */
public non-sealed interface EventCounting extends FigureSource {

    /** Puts what the event changes in the tally; an event the source does not count adds nothing. */
    void count(RecordedEvent event, Tally tally);
}
