package org.haian.strata.analytics.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call into a figure source goes through here. A source is a pure function of events, so an exception from it
 * fails the same way on every delivery (a poison event). The live processors {@link #admit} each event before it
 * joins a batch, so that what fails on the event alone is dead-lettered by Axon (and retried after a fix); what
 * still fails in a batch or a rebuild (a key's state that the source cannot apply the event to) counts nothing for
 * that source and is logged with the event's position, instead of stopping the processor on it for good. Days
 * outside the {@link CountedDays} are moved into it.
 */
final class Guarded {

    private static final Logger log = LoggerFactory.getLogger(Guarded.class);

    private Guarded() {
    }

    /**
     * Throws what the source throws on the event alone: its counts (for an {@link EventCounting} source) or its key
     * (for a {@link KeyedCounting} one).
     */
    static void admit(FigureSource source, RecordedEvent event) {
        if (source instanceof EventCounting counting) {
            countsOrFail(counting, event);
        } else {
            ((KeyedCounting<?>) source).keyOf(event.payload());
        }
    }

    static List<Count> counts(EventCounting source, RecordedEvent event) {
        try {
            return countsOrFail(source, event);
        } catch (RuntimeException e) {
            skipped(source, event, e);
            return List.of();
        }
    }

    private static List<Count> countsOrFail(EventCounting source, RecordedEvent event) {
        List<Count> counts = new ArrayList<>();
        source.count(event, (cell, figure, businessDay, amount) -> counts.add(new Count(complete(cell, figure),
                figure.name(), CountedDays.clamp(businessDay, figure.name()), event.recordedDay(), amount)));
        return counts;
    }

    /** @return {@code null} (no key, counts nothing) if the source failed on the event */
    static String keyOf(KeyedCounting<?> source, RecordedEvent event) {
        try {
            return source.keyOf(event.payload());
        } catch (RuntimeException e) {
            skipped(source, event, e);
            return null;
        }
    }

    /** @return the state unchanged if the source failed on the event */
    static <S> S apply(KeyedCounting<S> source, S state, RecordedEvent event) {
        try {
            return source.apply(state, event);
        } catch (RuntimeException e) {
            skipped(source, event, e);
            return state;
        }
    }

    /** What a key counts in as known at a day, summed per cell, figure and day; nothing if the source failed on it. */
    static <S> Map<Contribution, Long> contributions(KeyedCounting<S> source, S state, LocalDate knownAt, String key) {
        Map<Contribution, Long> contributions = new HashMap<>();
        try {
            source.contribute(state, knownAt, (cell, figure, businessDay, amount) -> contributions.merge(
                    new Contribution(complete(cell, figure), figure.name(), CountedDays.clamp(businessDay, figure.name())),
                    amount, Long::sum));
        } catch (RuntimeException e) {
            log.error("Figure source {} could not count key {}; it counts nothing until its next event",
                    source.name(), key, e);
            return Map.of();
        }
        contributions.values().removeIf(amount -> amount == 0);
        return contributions;
    }

    /**
     * A cell without a township, or without the category its figure is divided by (a malformed event), cannot be
     * stored or read; a figure no category divides counts only in {@link Cell#townshipWide township-wide} cells.
     */
    private static Cell complete(Cell cell, Figure figure) {
        if (cell.township() == null || (cell.category() == null) == figure.byCategory()) {
            throw new IllegalArgumentException("Figure " + figure.name() + (figure.byCategory()
                    ? " needs a township and a category: " : " needs a township and no category: ") + cell);
        }
        return cell;
    }

    private static void skipped(FigureSource source, RecordedEvent event, RuntimeException e) {
        log.error("Figure source {} failed on {} at {}@{}; the event counts nothing there", source.name(),
                event.payload().getClass().getSimpleName(), event.partition(), event.offset(), e);
    }

    /** One increment a key counts in, before it is known when it was recorded. */
    record Contribution(Cell cell, String figure, LocalDate businessDay) {
    }
}
