package org.haian.strata.liaison.web;

import java.util.List;

import org.haian.strata.platform.history.AggregateHistory;
import org.haian.strata.platform.history.HistoryEntry;
import org.springframework.stereotype.Component;

/**
 * Who did what when to one record, from the event store. Every aggregate of this service shares that store, so a
 * record is recognised by the event that began it: the id of a person asked for as an organisation is as unknown
 * as an id that never existed.
 */
@Component
class RecordHistory {

    private final AggregateHistory history;

    RecordHistory(AggregateHistory history) {
        this.history = history;
    }

    /** The record's events, oldest first, or 404 if no record of this kind has the id. */
    List<HistoryEntry> of(String id, Class<?> firstEvent, String what) {
        List<HistoryEntry> entries = history.of(id);
        if (entries.isEmpty() || !entries.get(0).event().equals(firstEvent.getSimpleName())) {
            throw Tenancy.notFound(what, id);
        }
        return entries;
    }

    /**
     * The events of a record that belongs to a township, or 404 if the caller may not see the township it belongs
     * to now, so that its existence does not leak.
     */
    List<HistoryEntry> ofTownshipRecord(String id, Class<?> firstEvent, String what) {
        List<HistoryEntry> entries = of(id, firstEvent, what);
        if (!Tenancy.visible(AggregateHistory.currentTownship(entries))) {
            throw Tenancy.notFound(what, id);
        }
        return entries;
    }
}
