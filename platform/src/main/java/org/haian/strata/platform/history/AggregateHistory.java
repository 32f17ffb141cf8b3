package org.haian.strata.platform.history;

import java.util.List;

import org.axonframework.eventsourcing.eventstore.EventStore;

/** Who did what when to one record, read straight from the event store: the events are the audit trail. */
public class AggregateHistory {

    private final EventStore eventStore;

    public AggregateHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Every event of the aggregate, oldest first; empty if no such aggregate exists. */
    public List<HistoryEntry> of(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(HistoryEntry::of).toList();
    }

    /** The township the record belongs to now: the one its newest event names, or {@code null} if it has none. */
    public static String currentTownship(List<HistoryEntry> history) {
        return history.isEmpty() ? null : history.get(history.size() - 1).township();
    }
}
